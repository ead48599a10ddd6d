using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PythonCareers.Core.Accounts;
using PythonCareers.Web.Features.Accounts;
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
        var mail = Assert.Single(await Site.MailToAsync("boss@pythoncareers.example"));
        Assert.Contains($"{CareersSite.PublicOrigin}/account/reset-password?email=", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_signed_up_with_the_admin_address_does_not_become_the_admin()
    {
        var (squatter, _) = await Site.SignUpAsync("boss@pythoncareers.example", "Squatters Ltd");
        using var _ = squatter;
        await using var scope = Site.Services.CreateAsyncScope();

        await ActivatorUtilities.CreateInstance<FirstAdmin>(scope.ServiceProvider).EnsureAsync("boss@pythoncareers.example");

        var (stillSignedIn, _) = await squatter.GetAsync("/recruiter/postings");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, stillSignedIn.StatusCode);
        using var again = Site.NewVisitor();
        await Assert.ThrowsAsync<InvalidOperationException>(() => again.SignInAsync("boss@pythoncareers.example"));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CareerUser>>();
        var admin = Assert.Single(await users.GetUsersInRoleAsync(CareerRoles.Admin));
        Assert.False(await users.HasPasswordAsync(admin));
        Assert.Contains("/account/reset-password?email=", (await Site.MailToAsync("boss@pythoncareers.example"))[^1].TextBody, StringComparison.Ordinal);
    }
}
