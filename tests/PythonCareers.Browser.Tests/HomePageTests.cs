using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PythonCareers.Browser.Tests.Infrastructure;

namespace PythonCareers.Browser.Tests;

public sealed partial class HomePageTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task The_main_navigation_leads_from_the_home_page_to_the_roles()
    {
        await Page.GotoAsync("/");
        await Assertions.Expect(Page).ToHaveTitleAsync(PythonCareersTitle());

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Roles", Exact = true }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/roles$"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Data Scientist" }).First).ToBeVisibleAsync();
    }

    [GeneratedRegex("PythonCareers")]
    private static partial Regex PythonCareersTitle();
}
