using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Audit;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Admin;

public sealed class UsersAdminTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task An_admin_finds_users_by_email()
    {
        await Site.CreateUserAsync("ada@lovelace.example", Visitor.StrongPassword, CareerRoles.Recruiter);
        await Site.CreateUserAsync("grace@hopper.example", Visitor.StrongPassword, CareerRoles.Editor);
        using var admin = await Site.SignInAsAsync("admin@pythoncareers.example", CareerRoles.Admin);

        var (_, page) = await admin.GetAsync("/admin/users?q=HOPPER");

        Assert.Equal(["grace@hopper.example"], page.QuerySelectorAll("table.users tbody a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Granting_and_revoking_editor_changes_what_the_user_may_open_and_is_audited()
    {
        var user = await Site.CreateUserAsync("grace@hopper.example", Visitor.StrongPassword);
        using var admin = await Site.SignInAsAsync("admin@pythoncareers.example", CareerRoles.Admin);
        using var grace = Site.NewVisitor();
        await grace.SignInAsync("grace@hopper.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await grace.GetAsync("/admin")).Response.StatusCode);

        await admin.SubmitAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/roles", Visitor.Fields(("Role", CareerRoles.Editor), ("Grant", "true")));
        using var graceAgain = Site.NewVisitor();
        await graceAgain.SignInAsync("grace@hopper.example");
        Assert.Equal(HttpStatusCode.OK, (await graceAgain.GetAsync("/admin")).Response.StatusCode);

        await admin.SubmitAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/roles", Visitor.Fields(("Role", CareerRoles.Editor), ("Grant", "false")));
        Assert.Equal(HttpStatusCode.Redirect, (await graceAgain.GetAsync("/admin")).Response.StatusCode);

        await using var db = Site.CreateContext();
        var actions = await db.AuditEntries.Where(a => a.EntityType == "User" && a.EntityId == user.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal([AuditAction.RoleGranted, AuditAction.RoleRevoked], actions);
    }

    [Theory]
    [InlineData("Admin")]
    [InlineData("Owner")]
    [InlineData("")]
    public async Task Only_editor_and_recruiter_can_be_granted_here(string role)
    {
        var user = await Site.CreateUserAsync("grace@hopper.example", Visitor.StrongPassword);
        using var admin = await Site.SignInAsAsync("admin@pythoncareers.example", CareerRoles.Admin);

        var (response, page) = await admin.SubmitAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/roles", Visitor.Fields(("Role", role), ("Grant", "true")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector("[data-valmsg-for=Role]"));
        await using var db = Site.CreateContext();
        Assert.False(await db.UserRoles.AnyAsync(ur => ur.UserId == user.Id));
    }

    [Fact]
    public async Task A_locked_user_is_signed_out_and_cannot_sign_in_until_unlocked()
    {
        var user = await Site.CreateUserAsync("editor@pythoncareers.example", Visitor.StrongPassword, CareerRoles.Editor);
        using var editor = Site.NewVisitor();
        await editor.SignInAsync("editor@pythoncareers.example");
        using var admin = await Site.SignInAsAsync("admin@pythoncareers.example", CareerRoles.Admin);

        await admin.SubmitAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/lock", []);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/admin")).Response.StatusCode);
        using var again = Site.NewVisitor();
        await Assert.ThrowsAsync<InvalidOperationException>(() => again.SignInAsync("editor@pythoncareers.example"));

        await admin.SubmitAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/unlock", []);
        await again.SignInAsync("editor@pythoncareers.example");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/admin")).Response.StatusCode);
    }

    [Fact]
    public async Task A_password_reset_does_not_lift_an_admins_lock()
    {
        var user = await Site.CreateUserAsync("editor@pythoncareers.example", Visitor.StrongPassword, CareerRoles.Editor);
        using var admin = await Site.SignInAsAsync("admin@pythoncareers.example", CareerRoles.Admin);
        await admin.SubmitAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/lock", []);
        using var locked = Site.NewVisitor();

        await locked.SubmitAsync("/account/forgot-password", "/account/forgot-password", Visitor.Fields(("Email", "editor@pythoncareers.example")));
        var link = new Uri((await Site.MailToAsync("editor@pythoncareers.example")).Single().TextBody!.Split('\n').Single(l => l.Contains("reset-password", StringComparison.Ordinal)).Trim());
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        await locked.SubmitAsync(link.PathAndQuery, "/account/reset-password", Visitor.Fields(("Email", query["email"]!), ("Token", query["token"]!), ("Password", "a brand new long passphrase")));

        await Assert.ThrowsAsync<InvalidOperationException>(() => locked.SignInAsync("editor@pythoncareers.example", "a brand new long passphrase"));
    }

    [Fact]
    public async Task An_admin_cannot_lock_their_own_account()
    {
        var self = await Site.CreateUserAsync("admin@pythoncareers.example", Visitor.StrongPassword, CareerRoles.Admin);
        using var admin = Site.NewVisitor();
        await admin.SignInAsync("admin@pythoncareers.example");

        var (response, _) = await admin.SubmitAsync($"/admin/users/{self.Id}", $"/admin/users/{self.Id}/lock", []);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).Response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_user_is_not_found()
    {
        using var admin = await Site.SignInAsAsync("admin@pythoncareers.example", CareerRoles.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/users/no-such-user")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.SubmitAsync("/admin/users", "/admin/users/no-such-user/lock", [])).Response.StatusCode);
    }
}
