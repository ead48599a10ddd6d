using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Market;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Tests.Infrastructure;
using PythonCareers.Web.Tests.Jobs;

namespace PythonCareers.Web.Tests.Roles;

public sealed class RoleComparisonTests(CareersSite site) : SiteTest(site)
{
    private const string ScientistAndEngineer = "/roles/compare/data-scientist/machine-learning-engineer";

    /// <summary>
    /// Hostile and malformed slugs, in the path and in the picker's form. A bare ".." segment never reaches the site (clients
    /// and Kestrel resolve it before routing), and the test server cannot carry a NUL byte in a path, so KestrelTests sends
    /// that one to a real server.
    /// </summary>
    public static TheoryData<string> HostilePaths =>
    [
        "/roles/compare/data-scientist/astronaut",
        "/roles/compare/astronaut/data-scientist",
        "/roles/compare/Data-Scientist/machine-learning-engineer",
        "/roles/compare/.../data-scientist",
        "/roles/compare/data-scientist/..%2F",
        "/roles/compare/data-scientist/..%2F..%2Fetc%2Fpasswd",
        "/roles/compare/%ED%A0%80/data-scientist",
        "/roles/compare/data-scientist/" + new string('a', 5_000),
        "/roles/compare/data-scientist",
        "/roles/compare?a=data-scientist&b=astronaut",
        "/roles/compare?a=data-scientist",
        "/roles/compare?a=data-scientist&b=..",
        "/roles/compare?a=data-scientist&b=%00",
        "/roles/compare?a=%ED%A0%80&b=data-scientist",
        "/roles/compare?a=data-scientist&b=" + new string('a', 5_000),
    ];

    [Fact]
    public async Task Duties_both_roles_list_are_marked_shared_once_case_spaces_and_a_full_stop_are_set_aside()
    {
        await using (var db = Site.CreateContext())
        {
            // The engineer's first duty, written differently, and a rewording of its second, which is a different duty.
            await db.Database.ExecuteSqlRawAsync("""
                UPDATE role_responsibilities SET text = CASE position WHEN 1 THEN '  deploy Machine-learning   models to production.' ELSE 'Build machine-learning infrastructure' END
                WHERE position IN (1, 2) AND role_profile_id = (SELECT id FROM role_profiles WHERE slug = 'data-scientist')
                """);
        }

        var (response, page) = await GetPageAsync(ScientistAndEngineer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sides = page.QuerySelectorAll("ul.duties").ToList();
        Assert.Equal(2, sides.Count);
        Assert.Equal(7, sides[0].QuerySelectorAll("li").Length);
        Assert.Equal(["deploy Machine-learning   models to production."], Shared(sides[0]));
        Assert.Equal(["Deploy machine-learning models to production"], Shared(sides[1]));
        Assert.Equal(2, page.QuerySelectorAll("ul.duties li.shared .shared-mark").Length);
        Assert.Contains("Reviewing code and testing it", page.QuerySelector("ul.shared-activities")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skills_both_need_and_those_only_one_needs_link_to_their_skill_pages()
    {
        var (_, page) = await GetPageAsync(ScientistAndEngineer);

        Assert.Equal(["/skills/numpy", "/skills/pandas", "/skills/python-syntax"], SkillLinks(page, "skills-both").Order(StringComparer.Ordinal));
        Assert.Equal(
            ["/skills/analytical-thinking", "/skills/communication", "/skills/matplotlib", "/skills/problem-solving", "/skills/sql"],
            SkillLinks(page, "skills-first").Order(StringComparer.Ordinal));
        Assert.Equal(7, SkillLinks(page, "skills-second").Count);
        Assert.Contains("/skills/docker", SkillLinks(page, "skills-second"));
        Assert.DoesNotContain("/skills/numpy", SkillLinks(page, "skills-second"));
        Assert.Equal("Only Machine Learning Engineer needs", page.GetElementById("skills-second")!.TextContent);
    }

    [Fact]
    public async Task Cited_pay_is_paired_by_country_kind_level_and_period_with_each_figure_its_source_and_a_currency_per_row()
    {
        await using (var db = Site.CreateContext())
        {
            var scientist = await db.RoleProfiles.AsTracking().SingleAsync(r => r.Slug == "data-scientist");
            var source = await db.DataSources.AsTracking().SingleAsync(s => s.Key == "tp-2026");
            db.SalaryFigures.Add(new SalaryFigure(scientist, "US", "USD", EmploymentKind.Employed, CareerLevel.Senior, PayPeriod.Year, new SalaryStatistic(null, 150_000, null), source));
            db.SalaryFigures.Add(new SalaryFigure(scientist, "DE", "USD", EmploymentKind.Employed, CareerLevel.AllLevels, PayPeriod.Year, new SalaryStatistic(null, 70_000, null), source));
            await db.SaveChangesAsync();
        }

        var (_, page) = await GetPageAsync("/roles/compare/python-programmer/data-scientist");

        var table = page.QuerySelector("table.cited-pay")!;
        Assert.NotNull(table.QuerySelector("caption"));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        var senior = Assert.Single(rows, r => r[0] == "United States" && r[2] == "Senior");
        Assert.Contains("USD 107,000 a year", senior[3], StringComparison.Ordinal);
        Assert.Contains("freelancermap", senior[3], StringComparison.Ordinal);
        Assert.Contains("November 2022", senior[3], StringComparison.Ordinal);
        Assert.Contains("USD 150,000 a year", senior[4], StringComparison.Ordinal);
        Assert.Contains("Tutorialspoint", senior[4], StringComparison.Ordinal);
        Assert.Contains("26 March 2026", senior[4], StringComparison.Ordinal);

        // Germany in euros for the programmer and in dollars for the scientist: two rows, each with "no figure" on one side.
        var germany = rows.Where(r => r[0] == "Germany").ToList();
        Assert.Equal(2, germany.Count);
        Assert.Contains(germany, r => r[3].Contains("EUR 20,000-70,000", StringComparison.Ordinal) && r[4] == "No figure");
        Assert.Contains(germany, r => r[3] == "No figure" && r[4].Contains("USD 70,000", StringComparison.Ordinal));
        var entry = Assert.Single(rows, r => r[0] == "United States" && r[2] == "Entry level");
        Assert.Equal("No figure", entry[4]);

        // The freelance hourly rate and the day rate derived from it are rows of their own, never a cell of mixed periods.
        var freelance = rows.Where(r => r[0] == "Country not stated" && r[1] == "Freelance").ToList();
        Assert.Equal(2, freelance.Count);
        Assert.Contains(freelance, r => r[3].Contains("an hour", StringComparison.Ordinal) && !r[3].Contains("a day", StringComparison.Ordinal));
        Assert.Contains(freelance, r => r[3].Contains("a day", StringComparison.Ordinal) && r[3].Contains("Derived", StringComparison.Ordinal));
        var stated = Assert.Single(rows, r => r[0] == "Country not stated" && r[1] == "Employed");
        Assert.Equal("No figure", stated[3]);
        Assert.Contains("USD 121,762", stated[4], StringComparison.Ordinal);
        Assert.Equal(rows.Count, table.QuerySelectorAll("tbody th[scope=row]").Length);
    }

    [Fact]
    public async Task Posted_pay_shows_the_index_of_each_role_by_country_level_kind_and_currency_or_not_enough_postings_yet()
    {
        var (_, before) = await GetPageAsync("/roles/compare/machine-learning-engineer/data-scientist");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using (var db = Site.CreateContext())
        {
            var recruiters = new[]
            {
                await TestPostings.RecruiterAsync(db, "alpha@example.com", "Alpha GmbH"),
                await TestPostings.RecruiterAsync(db, "beta@example.com", "Beta GmbH"),
                await TestPostings.RecruiterAsync(db, "gamma@example.com", "Gamma GmbH"),
            };

            // Senior employed postings in Germany, in euros: five from three companies for the scientist (midpoints 70,000
            // to 110,000 a year), four for the engineer, one short of a figure; and five of the engineer's in Britain, in pounds.
            for (var i = 0; i < 5; i++)
            {
                var euros = TestPostings.Details() with { SalaryMin = 60_000m + (i * 10_000m), SalaryMax = 80_000m + (i * 10_000m) };
                var pounds = TestPostings.Details() with { CountryCode = "GB", City = "London", Currency = "GBP", SalaryMin = 70_000m, SalaryMax = 90_000m };
                await TestPostings.PostingAsync(db, recruiters[i % 3], details: euros, role: "data-scientist", now: DateTime.UtcNow.AddDays(-10));
                await TestPostings.PostingAsync(db, recruiters[i % 3], details: pounds, role: "machine-learning-engineer", now: DateTime.UtcNow.AddDays(-10));
                if (i < 4)
                {
                    await TestPostings.PostingAsync(db, recruiters[i % 3], details: euros, role: "machine-learning-engineer", now: DateTime.UtcNow.AddDays(-10));
                }
            }

            await new PostedPayIndex(db).SnapshotAsync(today);
        }

        var (_, page) = await GetPageAsync(ScientistAndEngineer);

        Assert.Equal("Not enough postings yet for either role.", before.QuerySelector("#posted-pay ~ p.no-figure")?.TextContent);
        var table = page.QuerySelector("table.posted-pay")!;
        Assert.NotNull(table.QuerySelector("caption"));
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(2, rows.Count);
        var germany = Assert.Single(rows, r => r[0] == "Germany");
        Assert.Equal(["Germany", "Employed", "Senior"], germany[..3]);
        Assert.Contains("EUR 90,000 median (middle half EUR 80,000-100,000) a year", germany[3], StringComparison.Ordinal);
        Assert.Contains("offers from EUR 60,000-120,000", germany[3], StringComparison.Ordinal);
        Assert.Contains($"From 5 postings of 3 companies on PythonCareers, last 90 days, as of {today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}", germany[3], StringComparison.Ordinal);
        Assert.Equal("Not enough postings yet", germany[4]);
        var britain = Assert.Single(rows, r => r[0] == "United Kingdom");
        Assert.Equal("Not enough postings yet", britain[3]);
        Assert.Contains("GBP 80,000 median", britain[4], StringComparison.Ordinal);
        Assert.DoesNotContain("EUR", britain[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_postings_are_counted_for_each_role_with_the_markets_figures_and_their_sources()
    {
        await new JobBoard(Site).PostAsync("Data Scientist", role: "data-scientist");

        var (_, page) = await GetPageAsync(ScientistAndEngineer);

        var open = page.QuerySelectorAll("table.compare-open tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Contains(open, row => row.Contains("Data Scientist", StringComparison.Ordinal) && row.Contains("1 job", StringComparison.Ordinal));
        Assert.Contains(open, row => row.Contains("Machine Learning Engineer", StringComparison.Ordinal) && row.Contains("0 jobs", StringComparison.Ordinal));
        Assert.Contains("Source: PythonCareers", page.QuerySelector("#jobs")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var market = page.QuerySelector("table.compare-market")!.TextContent;
        Assert.Contains("14,396", market, StringComparison.Ordinal);
        Assert.Contains("Tutorialspoint", market, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_picker_on_a_role_page_offers_the_other_roles_and_its_form_redirects_to_the_comparison()
    {
        var (_, role) = await GetPageAsync("/roles/data-scientist");
        var form = role.QuerySelector("form.role-picker")!;
        Assert.Equal("/roles/compare", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("data-scientist", form.QuerySelector("input[type=hidden][name=a]")!.GetAttribute("value"));
        var offered = form.QuerySelectorAll("select[name=b] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(6, offered.Count);
        Assert.DoesNotContain("data-scientist", offered);

        var (response, _) = await GetPageAsync("/roles/compare?a=data-scientist&b=machine-learning-engineer");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ScientistAndEngineer, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_comparison_keeps_the_order_asked_and_names_one_canonical_address_for_both_orders()
    {
        var (_, asked) = await GetPageAsync(ScientistAndEngineer);
        var (_, reversed) = await GetPageAsync("/roles/compare/machine-learning-engineer/data-scientist");

        Assert.Equal("Data Scientist and Machine Learning Engineer compared", asked.QuerySelector("h1")!.TextContent);
        Assert.Equal("Machine Learning Engineer and Data Scientist compared", reversed.QuerySelector("h1")!.TextContent);
        Assert.Equal("https://pythoncareers.test" + ScientistAndEngineer, Canonical(asked));
        Assert.Equal(Canonical(asked), Canonical(reversed));
    }

    [Fact]
    public async Task The_same_role_twice_answers_400_with_a_message_and_the_picker()
    {
        var (response, page) = await GetPageAsync("/roles/compare/data-scientist/data-scientist");
        var (picked, _) = await GetPageAsync("/roles/compare?a=data-scientist&b=data-scientist");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("compare Data Scientist with itself", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(7, page.QuerySelectorAll("form.role-picker select[name=b] option").Length);
        Assert.Equal("data-scientist", page.QuerySelector("select[name=a] option:checked")?.GetAttribute("value"));
        Assert.NotEqual("data-scientist", page.QuerySelector("select[name=b] option:checked")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("meta[name=robots]"));
        Assert.Equal(HttpStatusCode.Redirect, picked.StatusCode);
        Assert.Equal("/roles/compare/data-scientist/data-scientist", picked.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_former_slug_on_either_side_redirects_permanently_to_the_current_pair()
    {
        await using (var db = Site.CreateContext())
        {
            var scientist = await db.RoleProfiles.AsTracking().SingleAsync(r => r.Slug == "data-scientist");
            await RoleSlugs.RenameAsync(db, scientist, "data-science-specialist", CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var (left, _) = await GetPageAsync(ScientistAndEngineer);
        var (right, _) = await GetPageAsync("/roles/compare/machine-learning-engineer/data-scientist");
        var (picked, _) = await GetPageAsync("/roles/compare?a=data-scientist&b=machine-learning-engineer");
        var (current, page) = await GetPageAsync("/roles/compare/data-science-specialist/machine-learning-engineer");

        Assert.Equal(HttpStatusCode.MovedPermanently, left.StatusCode);
        Assert.Equal("/roles/compare/data-science-specialist/machine-learning-engineer", left.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, right.StatusCode);
        Assert.Equal("/roles/compare/machine-learning-engineer/data-science-specialist", right.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, picked.StatusCode);
        Assert.Equal("/roles/compare/data-science-specialist/machine-learning-engineer", picked.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal("Data Scientist and Machine Learning Engineer compared", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_unpublished_role_is_not_compared()
    {
        await using (var db = Site.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE role_profiles SET is_published = false WHERE slug = 'machine-learning-engineer'");
        }

        var (response, page) = await GetPageAsync(ScientistAndEngineer);
        var (picked, _) = await GetPageAsync("/roles/compare?a=data-scientist&b=machine-learning-engineer");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, picked.StatusCode);
    }

    [Theory]
    [MemberData(nameof(HostilePaths))]
    public async Task Unknown_badly_formed_and_hostile_slugs_get_a_4xx_page_in_the_site_layout(string path)
    {
        var (response, page) = await GetPageAsync(path);

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.NotNull(page.QuerySelector("nav[aria-label=Main]"));
        if (path.StartsWith("/roles/compare/", StringComparison.Ordinal) || path.Contains("astronaut", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_picker_page_with_no_roles_chosen_offers_every_role_on_both_sides()
    {
        var (response, page) = await GetPageAsync("/roles/compare");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(7, page.QuerySelectorAll("select[name=a] option").Length);
        Assert.Equal(7, page.QuerySelectorAll("select[name=b] option").Length);
        Assert.Null(page.QuerySelector("[role=alert]"));
        Assert.NotEqual(
            page.QuerySelector("select[name=a] option:checked")?.GetAttribute("value"),
            page.QuerySelector("select[name=b] option:checked")?.GetAttribute("value"));
    }

    private static List<string> Shared(IElement duties) =>
        [.. duties.QuerySelectorAll("li.shared").Select(li => li.TextContent.Replace("both", "", StringComparison.Ordinal).Trim())];

    private static List<string> SkillLinks(IHtmlDocument page, string headingId) =>
        page.GetElementById(headingId)!.NextElementSibling is { LocalName: "ul" } list
            ? [.. list.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!)]
            : [];

    private static string? Canonical(IHtmlDocument page) => page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
}
