using System.Runtime.Versioning;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Operations;

public sealed class HardeningTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task Pages_deny_the_browser_features_a_job_board_does_not_use()
    {
        var (response, _) = await GetPageAsync("/");

        var policy = response.Headers.GetValues("Permissions-Policy").Single();
        foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "browsing-topics=()" })
        {
            Assert.Contains(feature, policy, StringComparison.Ordinal);
        }
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public async Task Mail_in_the_pickup_folder_is_readable_by_the_site_user_only()
    {
        await Site.CreateUserAsync("editor@pythoncareers.example", Visitor.StrongPassword);
        using var visitor = Site.NewVisitor();

        await visitor.SubmitAsync("/account/forgot-password", "/account/forgot-password", Visitor.Fields(("Email", "editor@pythoncareers.example")));
        await CareersSite.OutboxSentAsync(Site.ConnectionString);

        var mail = Assert.Single(Directory.GetFiles(Site.MailFolder, "*.eml"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Site.MailFolder));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(mail));
    }
}
