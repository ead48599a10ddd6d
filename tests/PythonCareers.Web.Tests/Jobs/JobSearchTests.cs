using System.Net;
using AngleSharp.Html.Dom;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Jobs;

public sealed class JobSearchTests(CareersSite site) : SiteTest(site)
{
    private readonly JobBoard board = new(site);

    public static TheoryData<string, string[]> FacetFilters => new()
    {
        { "role=data-scientist", ["Bravo", "Charlie"] },
        { "country=de", ["Alpha", "Bravo"] },
        { "country=DE", ["Alpha", "Bravo"] },
        { "workplace=remote", ["Bravo", "Delta"] },
        { "workplace=on-site", ["Charlie"] },
        { "type=contract", ["Bravo"] },
        { "type=full-time", ["Alpha"] },
        { "level=entry", ["Charlie"] },
        { "level=lead", ["Delta"] },
        { "skill=pandas", ["Bravo", "Charlie"] },
        { "skill=django&country=gb", ["Delta"] },
        { "role=python-web-developer&workplace=hybrid&level=senior", ["Alpha"] },
    };

    [Fact]
    public async Task A_title_match_outranks_a_description_only_match()
    {
        await board.PostAsync("Django Developer", minutesAgo: 120);
        await board.PostAsync("Backend Engineer", d => d with { Description = "Our services are built with Django and a lot of Django." }, minutesAgo: 10);
        await board.PostAsync("Data Engineer", minutesAgo: 5);

        var (response, page) = await GetPageAsync("/jobs?q=django");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Django Developer", "Backend Engineer"], Titles(page));
        Assert.Equal("2 jobs matching “django”", page.QuerySelector("#results-title")!.TextContent);
    }

    [Fact]
    public async Task Search_text_takes_web_search_syntax()
    {
        await board.PostAsync("Django Developer", d => d with { Description = "We also use Flask." });
        await board.PostAsync("Django Engineer");

        var (_, excluded) = await GetPageAsync("/jobs?q=django%20-flask");
        var (_, phrase) = await GetPageAsync("/jobs?q=%22django%20engineer%22");

        Assert.Equal(["Django Engineer"], Titles(excluded));
        Assert.Equal(["Django Engineer"], Titles(phrase));
    }

    [Fact]
    public async Task Hostile_search_text_is_searched_as_text_and_shown_encoded()
    {
        await board.PostAsync("Django Developer");

        var (response, page) = await GetPageAsync("/jobs?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%27%20OR%201%3D1%20--%20%26%7C!(");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.Scripts);
        Assert.Equal("<script>alert(1)</script>' OR 1=1 -- &|!(", ((IHtmlInputElement)page.QuerySelector("#q")!).Value);
        Assert.Empty(Titles(page));
    }

    [Fact]
    public async Task A_result_card_shows_the_postings_facts_and_how_long_ago_it_was_posted()
    {
        await board.PostAsync("Django Developer", minutesAgo: 3 * 24 * 60);

        var (_, page) = await GetPageAsync("/jobs");

        var card = page.QuerySelector("ol.postings li.posting")!;
        Assert.Equal("Django Developer", card.QuerySelector("h3 a")!.TextContent);
        Assert.Equal(
            ["EUR 70,000-90,000 a year", "Hybrid", "Full-time", "Senior", "Python Web Developer"],
            card.QuerySelectorAll(".posting-facts li").Select(li => li.TextContent));
        Assert.Equal("Posted 3 days ago", card.QuerySelector(".posting-age")!.TextContent);
    }

    [Theory]
    [InlineData("/jobs", false, "Filters")]
    [InlineData("/jobs?q=django", false, "Filters")]
    [InlineData("/jobs?role=data-scientist&workplace=remote&sort=newest", true, "Filters (2 in use)")]
    [InlineData("/jobs?salary=lots", true, "Filters (1 in use)")]
    public async Task The_filters_fold_away_unless_one_is_in_use_or_refused(string address, bool open, string summary)
    {
        var (_, page) = await GetPageAsync(address);

        var filters = page.QuerySelector("form.job-search details.filters")!;
        Assert.Equal(open, filters.HasAttribute("open"));
        Assert.Equal(summary, filters.QuerySelector("summary")!.TextContent);
        Assert.NotNull(filters.QuerySelector("select#role"));
        Assert.Null(filters.QuerySelector("select#sort"));
        Assert.NotNull(page.QuerySelector("form.job-search select#sort"));
    }

    [Theory]
    [MemberData(nameof(FacetFilters))]
    public async Task Each_facet_filters_the_results(string query, string[] expected)
    {
        await PostFourAsync();

        var (response, page) = await GetPageAsync("/jobs?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.Order(), Titles(page).Order());
    }

    [Fact]
    public async Task Facets_count_what_each_choice_would_give_within_the_other_filters()
    {
        await PostFourAsync();

        var (_, page) = await GetPageAsync("/jobs?country=de");

        // The country facet leaves out its own filter; every other facet counts within Germany.
        Assert.Equal("Germany (2)", Option(page, "country", "de"));
        Assert.Equal("United States (1)", Option(page, "country", "us"));
        Assert.Equal("United Kingdom (1)", Option(page, "country", "gb"));
        Assert.Equal("Python Web Developer (1)", Option(page, "role", "python-web-developer"));
        Assert.Equal("Data Scientist (1)", Option(page, "role", "data-scientist"));
        Assert.Equal("Data Analyst (0)", Option(page, "role", "data-analyst"));
        Assert.Equal("Remote (1)", Option(page, "workplace", "remote"));
        Assert.Equal("On-site (0)", Option(page, "workplace", "on-site"));
        Assert.Equal("Contract (1)", Option(page, "type", "contract"));
        Assert.Equal("Part-time (0)", Option(page, "type", "part-time"));
        Assert.Equal("Mid (1)", Option(page, "level", "mid"));
        Assert.Equal("Entry (0)", Option(page, "level", "entry"));
        Assert.Equal("pandas (1)", Option(page, "skill", "pandas"));
        Assert.Null(page.QuerySelector("#skill option[value=numpy]"));
        Assert.True(((IHtmlOptionElement)page.QuerySelector("#country option[value=de]")!).IsSelected);
    }

    [Fact]
    public async Task With_two_facets_chosen_each_counts_within_the_other()
    {
        await PostFourAsync();

        var (_, page) = await GetPageAsync("/jobs?country=de&workplace=remote");

        // Countries count among remote jobs, workplaces among German ones, every other facet within both.
        Assert.Equal(["Bravo"], Titles(page));
        Assert.Equal("Germany (1)", Option(page, "country", "de"));
        Assert.Equal("United Kingdom (1)", Option(page, "country", "gb"));
        Assert.Null(page.QuerySelector("#country option[value=us]"));
        Assert.Equal("Hybrid (1)", Option(page, "workplace", "hybrid"));
        Assert.Equal("Remote (1)", Option(page, "workplace", "remote"));
        Assert.Equal("On-site (0)", Option(page, "workplace", "on-site"));
        Assert.Equal("Data Scientist (1)", Option(page, "role", "data-scientist"));
        Assert.Equal("Python Web Developer (0)", Option(page, "role", "python-web-developer"));
        Assert.Equal("Mid (1)", Option(page, "level", "mid"));
        Assert.Equal("Senior (0)", Option(page, "level", "senior"));
        Assert.Equal("pandas (1)", Option(page, "skill", "pandas"));
        Assert.Null(page.QuerySelector("#skill option[value=django]"));
        Assert.DoesNotContain("Counting stopped", page.QuerySelector(".facets")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Past_the_candidate_cap_facet_counts_are_lower_bounds()
    {
        var first = await board.PostAsync("Python Developer");
        await board.CopyAsync(first.Id, JobSearchFacets.CandidateCap);

        var (response, page) = await GetPageAsync("/jobs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1,000+ jobs", page.QuerySelector("#results-title")!.TextContent);
        Assert.Matches(@"^Python Web Developer \([0-9,]+\+\)$", Option(page, "role", "python-web-developer"));
        Assert.Matches(@"^Senior \([0-9,]+\+\)$", Option(page, "level", "senior"));
        Assert.Equal("Data Analyst", Option(page, "role", "data-analyst"));
        Assert.Equal("Entry", Option(page, "level", "entry"));
        Assert.Contains("Counting stopped at the first 10,000 matching jobs", page.QuerySelector(".facets")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facet_counts_follow_the_search_text()
    {
        await PostFourAsync();

        var (_, page) = await GetPageAsync("/jobs?q=pandas");

        Assert.Equal(["Bravo", "Charlie"], Titles(page).Order());
        Assert.Equal("Data Scientist (2)", Option(page, "role", "data-scientist"));
        Assert.Equal("Python Web Developer (0)", Option(page, "role", "python-web-developer"));
    }

    [Fact]
    public async Task The_salary_floor_compares_yearly_equivalents_in_the_same_currency_only()
    {
        await board.PostAsync("Yearly 60-80k", d => d with { SalaryMin = 60_000m, SalaryMax = 80_000m });
        await board.PostAsync("Monthly 6-7.5k", d => d with { SalaryMin = 6_000m, SalaryMax = 7_500m, SalaryPeriod = PayPeriod.Month });
        await board.PostAsync("Hourly 40-50", d => d with { SalaryMin = 40m, SalaryMax = 50m, SalaryPeriod = PayPeriod.Hour });
        await board.PostAsync("Daily 300-380", d => d with { SalaryMin = 300m, SalaryMax = 380m, SalaryPeriod = PayPeriod.Day });
        await board.PostAsync("Dollars 100-120k", d => d with { SalaryMin = 100_000m, SalaryMax = 120_000m, Currency = "USD", CountryCode = "US" });

        var (_, euros) = await GetPageAsync("/jobs?currency=eur&salary=85000");
        var (_, dollars) = await GetPageAsync("/jobs?currency=USD&salary=85,000");
        var (_, anyEuros) = await GetPageAsync("/jobs?currency=eur");

        // 7,500 a month is 90,000 a year; 50 an hour is 88,000 (1,760 hours); 380 a day is 83,600 (220 days).
        Assert.Equal(["Hourly 40-50", "Monthly 6-7.5k"], Titles(euros).Order());
        Assert.Equal(["Dollars 100-120k"], Titles(dollars));
        Assert.Equal(4, Titles(anyEuros).Count);
        Assert.Contains("EUR 6,000-7,500 a month", euros.QuerySelector(".postings")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_words_the_newest_come_first_and_salary_sort_puts_the_best_paid_first()
    {
        await board.PostAsync("Oldest, best paid", d => d with { SalaryMin = 90_000m, SalaryMax = 110_000m }, minutesAgo: 300);
        await board.PostAsync("Middle, monthly", d => d with { SalaryMin = 8_000m, SalaryMax = 8_500m, SalaryPeriod = PayPeriod.Month }, minutesAgo: 200);
        await board.PostAsync("Newest, least paid", d => d with { SalaryMin = 50_000m, SalaryMax = 60_000m }, minutesAgo: 100);

        var (_, newest) = await GetPageAsync("/jobs");
        var (_, salary) = await GetPageAsync("/jobs?currency=eur&sort=salary");

        Assert.Equal(["Newest, least paid", "Middle, monthly", "Oldest, best paid"], Titles(newest));
        Assert.Equal(["Oldest, best paid", "Middle, monthly", "Newest, least paid"], Titles(salary));
        Assert.True(((IHtmlOptionElement)salary.QuerySelector("#sort option[value=salary]")!).IsSelected);
    }

    [Fact]
    public async Task Salary_sort_without_a_currency_orders_within_each_currency_and_says_so()
    {
        await board.PostAsync("Euro low", d => d with { SalaryMin = 40_000m, SalaryMax = 50_000m });
        await board.PostAsync("Dollar high", d => d with { SalaryMin = 150_000m, SalaryMax = 200_000m, Currency = "USD" });
        await board.PostAsync("Euro high", d => d with { SalaryMin = 90_000m, SalaryMax = 100_000m });

        var (_, page) = await GetPageAsync("/jobs?sort=salary");

        Assert.Equal(["Euro high", "Euro low", "Dollar high"], Titles(page));
        Assert.Contains("not compared", page.QuerySelector(".results")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_words_relevance_is_the_default_and_newest_can_be_chosen()
    {
        await board.PostAsync("Django Developer", minutesAgo: 100);
        await board.PostAsync("Backend Engineer", d => d with { Description = "Django." }, minutesAgo: 10);

        var (_, relevance) = await GetPageAsync("/jobs?q=django");
        var (_, newest) = await GetPageAsync("/jobs?q=django&sort=newest");

        Assert.True(((IHtmlOptionElement)relevance.QuerySelector("#sort option[value=relevance]")!).IsSelected);
        Assert.Equal(["Backend Engineer", "Django Developer"], Titles(newest));
    }

    [Fact]
    public async Task Words_typed_on_the_page_of_all_jobs_are_sorted_by_best_match_at_an_address_without_the_empty_fields()
    {
        await board.PostAsync("Django Developer", minutesAgo: 100);
        await board.PostAsync("Backend Engineer", d => d with { Description = "Django." }, minutesAgo: 10);
        var (_, everything) = await GetPageAsync("/jobs");
        var form = (IHtmlFormElement)everything.QuerySelector("form.job-search")!;
        ((IHtmlInputElement)form.QuerySelector("#q")!).Value = "django";

        // What a browser sends: every named field of the form, the empty ones too, in the form's order.
        var fields = form.Elements.Select(element => element switch
        {
            IHtmlInputElement input when input.Name is { Length: > 0 } => (input.Name, input.Value),
            IHtmlSelectElement select when select.Name is { Length: > 0 } => (select.Name, select.Value ?? ""),
            _ => default((string Name, string Value)?),
        }).OfType<(string Name, string Value)>().ToList();
        var (sent, _) = await GetPageAsync("/jobs?" + string.Join('&', fields.Select(f => $"{f.Name}={Uri.EscapeDataString(f.Value)}")));
        var (_, results) = await GetPageAsync(sent.Headers.Location!.OriginalString);

        Assert.Contains(("sort", "relevance"), fields);
        Assert.Contains(fields, field => field.Value.Length == 0);
        Assert.Equal((HttpStatusCode.Found, "/jobs?q=django"), (sent.StatusCode, sent.Headers.Location.OriginalString));
        Assert.Equal(["Django Developer", "Backend Engineer"], Titles(results));
    }

    [Fact]
    public async Task Pages_hold_twenty_and_link_to_each_other_with_the_search_kept()
    {
        var first = await board.PostAsync("Remote Django", d => d with { Workplace = Workplace.Remote, RemoteCountries = ["DE"] });
        await board.CopyAsync(first.Id, 24);

        var (_, one) = await GetPageAsync("/jobs?workplace=remote");
        var (_, two) = await GetPageAsync("/jobs?workplace=remote&page=2");

        Assert.Equal("25 jobs", one.QuerySelector("#results-title")!.TextContent);
        Assert.Equal(20, Titles(one).Count);
        Assert.Equal(5, Titles(two).Count);
        Assert.Equal("Remote Django", Titles(one)[0]);
        Assert.Equal("/jobs?workplace=remote&page=2", one.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/jobs?workplace=remote", two.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal($"{CareersSite.PublicOrigin}/jobs?workplace=remote&page=2", two.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_count_stops_at_a_thousand_and_paging_at_page_fifty()
    {
        var first = await board.PostAsync("Python Developer");
        await board.CopyAsync(first.Id, 1_000);

        var (_, one) = await GetPageAsync("/jobs");
        var (lastResponse, last) = await GetPageAsync("/jobs?page=50");
        var (beyondResponse, _) = await GetPageAsync("/jobs?page=51");

        Assert.Equal("1,000+ jobs", one.QuerySelector("#results-title")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, lastResponse.StatusCode);
        Assert.Equal(20, Titles(last).Count);
        Assert.Null(last.QuerySelector(".pager a[rel=next]"));
        Assert.Equal(HttpStatusCode.BadRequest, beyondResponse.StatusCode);
    }

    [Fact]
    public async Task A_page_past_the_last_says_so_and_links_to_the_first()
    {
        await board.PostAsync("Python Developer");

        var (response, page) = await GetPageAsync("/jobs?page=3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is no page 3", page.QuerySelector(".results")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_live_postings_are_listed()
    {
        await board.PostAsync("Live", minutesAgo: 5);
        var original = await board.PostAsync("Live with a revision waiting");
        foreach (var status in new[] { PostingStatus.Draft, PostingStatus.InReview, PostingStatus.Rejected, PostingStatus.Expired, PostingStatus.Filled, PostingStatus.Withdrawn })
        {
            await board.PostAsync($"Not live: {status}", status: status);
        }

        var pastExpiry = await board.PostAsync("Not live: published but past its closing time");
        await board.SqlAsync($"UPDATE job_postings SET expires_at = now() - interval '1 minute' WHERE id = {pastExpiry.Id}");
        var withdrawnLive = await board.PostAsync("Not live: withdrawn after publishing");
        await board.ChangeAsync(withdrawnLive.Id, (posting, _) => posting.Withdraw(DateTime.UtcNow));
        await board.ChangeAsync(original.Id, (posting, db) => db.JobPostings.Add(
            posting.CreateRevision(posting.ToDetails() with { Title = "Not live: revision" }, posting.RoleTitle, [], DateTime.UtcNow)));

        var (_, page) = await GetPageAsync("/jobs?q=live");
        var (_, everything) = await GetPageAsync("/jobs");

        Assert.Equal(["Live", "Live with a revision waiting"], Titles(page));
        Assert.Equal(["Live", "Live with a revision waiting"], Titles(everything));
        Assert.Equal("2 jobs", everything.QuerySelector("#results-title")!.TextContent);
    }

    [Fact]
    public async Task The_search_page_sets_no_cookie_and_its_form_uses_get()
    {
        await board.PostAsync("Python Developer");

        var (response, page) = await GetPageAsync("/jobs?q=python&country=de");

        Assert.False(response.Headers.Contains("Set-Cookie"));
        var form = (IHtmlFormElement)page.QuerySelector("form.job-search")!;
        Assert.Equal("get", form.Method, ignoreCase: true);
        Assert.Empty(form.QuerySelectorAll("input[name=__RequestVerificationToken]"));
        Assert.Equal("python", ((IHtmlInputElement)page.QuerySelector("#q")!).Value);
    }

    [Fact]
    public async Task The_search_page_has_a_title_a_canonical_link_a_feed_link_and_a_nav_entry()
    {
        var (_, page) = await GetPageAsync("/jobs?q=django&country=DE&workplace=Remote&page=1");

        Assert.Equal("Python jobs matching “django” | PythonCareers", page.Title);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        Assert.Equal($"{CareersSite.PublicOrigin}/jobs?q=django&country=de&workplace=remote", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("/jobs/feed.xml?q=django&country=de&workplace=remote", page.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("nav[aria-label=Main] a[href='/jobs']"));
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    internal static List<string> Titles(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".posting h3 a").Select(a => a.TextContent)];

    private static string? Option(IHtmlDocument page, string facet, string value) =>
        page.QuerySelector($"#{facet} option[value='{value}']")?.TextContent;

    private async Task PostFourAsync()
    {
        var django = await board.SkillIdsAsync("django");
        var pandas = await board.SkillIdsAsync("pandas");
        var pandasNumpy = await board.SkillIdsAsync("pandas", "numpy");
        var djangoDocker = await board.SkillIdsAsync("django", "docker");
        await board.PostAsync("Alpha", d => d with { SkillIds = django });
        await board.PostAsync("Bravo", d => d with { Workplace = Workplace.Remote, RemoteCountries = ["DE", "AT"], EmploymentType = EmploymentType.Contract, Level = JobLevel.Mid, SkillIds = pandas }, role: "data-scientist");
        await board.PostAsync("Charlie", d => d with { CountryCode = "US", City = "Austin", Workplace = Workplace.OnSite, EmploymentType = EmploymentType.PartTime, Level = JobLevel.Entry, Currency = "USD", SkillIds = pandasNumpy }, role: "data-scientist");
        await board.PostAsync("Delta", d => d with { CountryCode = "GB", City = "London", Workplace = Workplace.Remote, RemoteCountries = ["GB"], EmploymentType = EmploymentType.Internship, Level = JobLevel.Lead, Currency = "GBP", SkillIds = djangoDocker });
    }
}
