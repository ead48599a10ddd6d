using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PythonCareers.Core.Accounts;
using PythonCareers.Web.Accounts;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Accounts;

public sealed class FirstAdminTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task The_first_admin_gets_no_password_but_a_link_to_choose_one_and_only_once()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var firstAdmin = ActivatorUtilities.CreateInstance<FirstAdmin>(scope.ServiceProvider);

        await firstAdmin.EnsureAsync("boss@pythoncareers.example");
        await firstAdmin.EnsureAsync("boss@pythoncareers.example");

        var users = scope.ServiceProvider.GetRequiredService<UserManager<CareerUser>>();
        var admin = Assert.Single(await users.GetUsersInRoleAsync(CareerRoles.Admin));
        Assert.Equal("boss@pythoncareers.example", admin.Email);
        Assert.False(await users.HasPasswordAsync(admin));
        var mail = Assert.Single(Site.MailTo("boss@pythoncareers.example"));
        Assert.Contains($"{CareersSite.PublicOrigin}/account/reset-password?email=", mail.TextBody, StringComparison.Ordinal);
    }
}
