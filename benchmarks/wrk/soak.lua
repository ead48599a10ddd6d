-- The soak's mix: 90% public pages (BENCH_PAGES, separated by spaces) as an anonymous visitor, 9% job searches drawn from
-- a few hundred keyword, country and page combinations, 1% posting submissions by the signed-in recruiter (BENCH_FORM
-- and BENCH_COOKIE, as for submit.lua).
local pages = {}
for page in string.gmatch(os.getenv("BENCH_PAGES"), "%S+") do
  pages[#pages + 1] = page
end

local searches = {}
for _, keyword in ipairs({ "django", "flask", "fastapi", "pandas", "machine+learning", "data", "api", "cloud" }) do
  for _, country in ipairs({ "de", "us", "gb", "nl", "fr", "pl" }) do
    for page = 1, 3 do
      searches[#searches + 1] = "/jobs?q=" .. keyword .. "&country=" .. country .. "&page=" .. page
    end
  end
end

local form = os.getenv("BENCH_FORM")
local signed_in = {
  ["Content-Type"] = "application/x-www-form-urlencoded",
  ["Cookie"] = os.getenv("BENCH_COOKIE"),
}

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
end

function init()
  math.randomseed(os.time() * 100 + seed)
end

function request()
  local roll = math.random(100)
  if roll <= 90 then
    return wrk.format("GET", pages[math.random(#pages)], {})
  elseif roll <= 99 then
    return wrk.format("GET", searches[math.random(#searches)], {})
  end
  return wrk.format("POST", "/recruiter/postings/new", signed_in, form)
end
