using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Pages;

public sealed class RolePagesTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task Data_scientist_page_shows_its_salary_with_source_and_date()
    {
        var (response, page) = await GetPageAsync("/roles/data-scientist");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Data Scientist", page.QuerySelector("h1")?.TextContent);
        var salary = page.QuerySelector("table.salaries tbody tr")!.TextContent;
        Assert.Contains("USD 121,762", salary, StringComparison.Ordinal);
        Assert.Contains("Tutorialspoint", salary, StringComparison.Ordinal);
        Assert.Contains("26 March 2026", salary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Role_page_lists_the_daily_responsibilities_in_order_and_the_shared_activities()
    {
        var (_, page) = await GetPageAsync("/roles/machine-learning-engineer");

        var responsibilities = page.QuerySelectorAll("ol.responsibilities li").Select(li => li.TextContent).ToList();
        Assert.Equal(7, responsibilities.Count);
        Assert.Equal("Deploy machine-learning models to production", responsibilities[0]);
        Assert.Equal("Contribute to machine-learning libraries and frameworks", responsibilities[^1]);
        Assert.Contains("Reviewing code and testing it", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Role_page_links_its_skills_areas_and_related_roles()
    {
        var (_, page) = await GetPageAsync("/roles/data-analyst");
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();

        Assert.Contains("/skills/pandas", links);
        Assert.Contains("/skills/matplotlib", links);
        Assert.Contains("/areas/data-science", links);
        Assert.Contains("/roles/data-scientist", links);
        Assert.Contains("/salaries/data-analyst", links);
    }

    [Fact]
    public async Task Role_page_shows_the_us_job_market_by_level()
    {
        var (_, page) = await GetPageAsync("/roles/python-web-developer");
        var text = page.Body!.TextContent;

        Assert.Contains("4,834", text, StringComparison.Ordinal);
        Assert.Contains("14,396", text, StringComparison.Ordinal);
        Assert.Contains("5,498", text, StringComparison.Ordinal);
        Assert.Contains("about 25,000", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_page_lists_all_seven_roles_with_a_headline_salary()
    {
        var (_, page) = await GetPageAsync("/roles");

        var cards = page.QuerySelectorAll(".card").ToList();
        Assert.Equal(7, cards.Count);
        Assert.All(cards, card => Assert.NotNull(card.QuerySelector(".headline-salary")));
        Assert.Contains(cards, card => card.TextContent.Contains("USD 77,000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pages_show_what_is_in_the_database_now()
    {
        await using (var db = Site.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE salary_figures SET average = 123456 WHERE role_profile_id = (SELECT id FROM role_profiles WHERE slug = 'data-scientist')");
        }

        var (_, page) = await GetPageAsync("/roles/data-scientist");

        Assert.Contains("USD 123,456", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("121,762", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_page_has_the_reasons_the_areas_and_every_role()
    {
        var (response, page) = await GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(7, page.QuerySelectorAll("#roles ~ .cards .card").Length);
        Assert.Equal(6, page.QuerySelectorAll("a[href^='/areas/']").Length);
        Assert.Contains("more than 30 years", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("USD 121,762", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Area_page_lists_its_roles()
    {
        var (_, page) = await GetPageAsync("/areas/artificial-intelligence");
        var roles = page.QuerySelectorAll(".card h3 a").Select(a => a.TextContent).ToList();

        Assert.Equal(["Python Programmer", "Data Scientist", "Machine Learning Engineer"], roles);
    }
}
