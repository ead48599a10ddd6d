-- A signed-in recruiter posting the posting form, again and again: scripts/benchmark.sh signs in and reads the form's
-- antiforgery token first, and passes the cookies and the form's fields (the token among them) in the environment.
wrk.method = "POST"
wrk.body = os.getenv("BENCH_FORM")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
