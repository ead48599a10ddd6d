using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Pages;

public sealed class SkillPagesTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task Skills_are_grouped_by_category()
    {
        var (_, page) = await GetPageAsync("/skills");
        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();

        Assert.Equal(
            ["Core Python", "Web frameworks", "Databases", "Version control", "Testing", "APIs", "Cloud platforms", "DevOps", "Data libraries", "Front end", "Soft skills"],
            headings);
        var webFrameworks = page.QuerySelectorAll("main section")[1].QuerySelectorAll("a").Select(a => a.TextContent);
        Assert.Equal(["Django", "FastAPI", "Flask", "Pylons", "Pyramid"], webFrameworks);
    }

    [Fact]
    public async Task Skill_page_lists_the_roles_that_need_it()
    {
        var (_, page) = await GetPageAsync("/skills/pandas");
        var roles = page.QuerySelectorAll("main ul li a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/roles/data-analyst", "/roles/data-scientist", "/roles/machine-learning-engineer"], roles);
    }
}
