using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Features.Skills;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Pages;

/// <summary>The skills' demand on /skills and the skill pages, from postings counted by <see cref="SkillDemandService"/>.</summary>
public sealed class SkillDemandPagesTests(CareersSite site) : SiteTest(site)
{
    private CareerUser? recruiter;

    public static TheoryData<string> BadOrders() =>
    [
        "popularity", "1", "-1", "demand%20", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "demand%00", "%E2%80%AE", "%F0%9F%90%8D",
        new string('d', 5_000), "demand'--", "category%2Cdemand",
    ];

    [Fact]
    public async Task Skills_ordered_by_demand_come_most_asked_for_first_with_their_counts_and_shares()
    {
        var ids = await SkillIdsAsync("django", "flask", "pandas");
        await PostAsync([ids["django"], ids["flask"]]);
        await PostAsync([ids["django"], ids["flask"]]);
        await PostAsync([ids["django"], ids["pandas"]]);
        await PostAsync([]);
        await PostAsync([ids["pandas"]], status: PostingStatus.Draft);
        await PostAsync([ids["pandas"]], status: PostingStatus.Expired);
        await CountAsync();

        var (response, page) = await GetPageAsync("/skills?order=demand");
        var (_, byCategory) = await GetPageAsync("/skills");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = page.QuerySelectorAll("main ol.skills-by-demand > li").Select(li => li.TextContent.Split(':')[0].Trim()).ToList();
        Assert.Equal(["Django (3 postings, 75%)", "Flask (2 postings, 50%)", "pandas (1 posting, 25%)"], items.Take(3));
        Assert.Equal(await SkillCountAsync(), items.Count);
        var rest = items.Skip(3).ToList();
        Assert.All(rest, item => Assert.EndsWith("(0 postings, 0%)", item, StringComparison.Ordinal));
        Assert.Equal(rest.Order(StringComparer.OrdinalIgnoreCase), rest);
        Assert.Equal("page", page.QuerySelector("nav.skill-order a[href='/skills?order=demand']")?.GetAttribute("aria-current"));
        Assert.Contains("Django (3 postings, 75%)", byCategory.QuerySelectorAll("main section")[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("page", byCategory.QuerySelector("nav.skill-order a[href='/skills']")?.GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("demand")]
    [InlineData("Demand")]
    [InlineData("category")]
    public async Task A_known_order_is_accepted_in_any_case(string order)
    {
        var (response, page) = await GetPageAsync($"/skills?order={order}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(order.Equals("category", StringComparison.OrdinalIgnoreCase), page.QuerySelectorAll("main section h2").Length > 0);
    }

    [Theory]
    [MemberData(nameof(BadOrders))]
    public async Task A_bad_or_hostile_order_answers_400_with_a_message_and_the_skills_by_category(string order)
    {
        var (response, page) = await GetPageAsync($"/skills?order={order}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#order-error")?.TextContent), "the page says what is wrong");
        Assert.Equal("Core Python", page.QuerySelector("main section h2")?.TextContent);
    }

    [Fact]
    public async Task A_repeated_order_never_answers_a_server_error()
    {
        var (response, _) = await GetPageAsync("/skills?order=demand&order=category");

        Assert.InRange((int)response.StatusCode, 200, 499);
    }

    [Fact]
    public async Task A_skill_page_shows_its_count_share_date_trend_and_pay_with_and_without_it()
    {
        var ids = await SkillIdsAsync("django", "flask");
        var recruiters = await RecruitersAsync(3);
        foreach (var index in Enumerable.Range(0, 5))
        {
            await PostAsync([ids["django"]], recruiters[index % 3], 70_000m, 90_000m);
            await PostAsync([ids["flask"]], recruiters[index % 3], 50_000m, 70_000m);
        }

        var before = DateTime.UtcNow;
        await CountAsync();

        var (response, page) = await GetPageAsync("/skills/django");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("5 postings of the 10 postings live on PythonCareers ask for Django: 50%.", page.QuerySelector("#demand-count")?.TextContent);
        var countedAt = DateTime.Parse(page.QuerySelector("#demand-as-of time")!.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();
        Assert.InRange(countedAt, before.AddSeconds(-1), DateTime.UtcNow);
        Assert.Contains("counted again every 60 minutes", page.QuerySelector("#demand-as-of")!.TextContent, StringComparison.Ordinal);

        var chart = page.QuerySelector("figure.chart svg")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Null(chart.GetAttribute("viewBox"));
        Assert.Equal("Share of live postings asking for Django, by week", chart.QuerySelector("title")?.TextContent);
        Assert.Contains("50%", chart.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Single(chart.QuerySelectorAll("circle"));
        Assert.Equal(2, chart.QuerySelectorAll("text[text-anchor=middle]").Length);
        var rows = page.QuerySelectorAll("table.trend-table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal(12, rows.Count);
        Assert.All(rows.Take(11), row => Assert.Equal("not counted", row[1]));
        Assert.Equal(["5", "10", "50%"], rows[^1].Skip(1));

        var premium = page.QuerySelectorAll("#premium-table tbody tr").Select(r => r.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        Assert.Single(premium);
        Assert.Equal(["Python Web Developer", "EUR 80,000 (5 postings, 3 companies)", "EUR 60,000 (5 postings, 3 companies)", "+33%"], premium[0].Where(cell => cell.Length > 0));

        var (_, noPremium) = await GetPageAsync("/skills/pandas");
        Assert.StartsWith("Not enough postings yet.", noPremium.QuerySelector("#premium-none")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("0 postings of the 10 postings live on PythonCareers ask for pandas: 0%.", noPremium.QuerySelector("#demand-count")?.TextContent);
    }

    [Fact]
    public async Task A_skill_page_before_the_first_count_says_so_without_a_chart()
    {
        var (response, page) = await GetPageAsync("/skills/django");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Not counted yet.", page.QuerySelector("#demand-count")?.TextContent);
        Assert.Null(page.QuerySelector("figure.chart"));
        Assert.NotNull(page.QuerySelector("#premium-none"));
    }

    [Fact]
    public async Task A_count_that_changes_a_figure_evicts_the_cached_pages_and_one_that_changes_nothing_does_not()
    {
        var ids = await SkillIdsAsync("django");
        await PostAsync([ids["django"]]);
        await CountAsync();
        using var seeker = Site.NewVisitor();
        await seeker.GetAsync("/skills/django");
        Assert.True((await seeker.GetAsync("/skills/django")).Response.Headers.Age.HasValue, "the page is cached");

        await PostAsync([ids["django"]]);
        await PostAsync([]);
        Assert.Contains("1 posting of the 1 posting live", (await seeker.GetAsync("/skills/django")).Page.QuerySelector("#demand-count")!.TextContent, StringComparison.Ordinal);
        await CountAsync();
        var (recounted, page) = await seeker.GetAsync("/skills/django");
        await CountAsync();
        var (again, _) = await seeker.GetAsync("/skills/django");

        Assert.False(recounted.Headers.Age.HasValue, "a changed count evicts the page");
        Assert.Equal("2 postings of the 3 postings live on PythonCareers ask for Django: 66.7%.", page.QuerySelector("#demand-count")?.TextContent);
        Assert.True(again.Headers.Age.HasValue, "a count that changes nothing leaves the page cached");
    }

    private Task CountAsync() =>
        Site.Services.GetServices<IHostedService>().OfType<SkillDemandService>().Single().RunOnceAsync(CancellationToken.None);

    private async Task<Dictionary<string, int>> SkillIdsAsync(params string[] slugs)
    {
        await using var db = Site.CreateContext();
        return await db.Skills.Where(s => slugs.Contains(s.Slug)).ToDictionaryAsync(s => s.Slug, s => s.Id);
    }

    private async Task<int> SkillCountAsync()
    {
        await using var db = Site.CreateContext();
        return await db.Skills.CountAsync();
    }

    private async Task<IReadOnlyList<CareerUser>> RecruitersAsync(int count)
    {
        await using var db = Site.CreateContext();
        var recruiters = new List<CareerUser>();
        foreach (var index in Enumerable.Range(1, count))
        {
            recruiters.Add(await TestPostings.RecruiterAsync(db, $"recruiter{index}@demand.example", $"Demand Company {index}"));
        }

        return recruiters;
    }

    private async Task PostAsync(
        List<int> skillIds, CareerUser? by = null, decimal minimum = 70_000m, decimal maximum = 90_000m, PostingStatus status = PostingStatus.Published)
    {
        await using var db = Site.CreateContext();
        recruiter ??= await TestPostings.RecruiterAsync(db);
        await TestPostings.PostingAsync(db, by ?? recruiter, status, TestPostings.Details() with { SkillIds = skillIds, SalaryMin = minimum, SalaryMax = maximum });
    }
}
