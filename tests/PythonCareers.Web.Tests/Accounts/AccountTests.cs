using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Accounts;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Accounts;

public sealed class AccountTests(CareersSite site) : SiteTest(site)
{
    private static IEnumerable<KeyValuePair<string, string>> SignUpFields(
        string email = "hiring@snakeoil.example",
        string password = Visitor.StrongPassword,
        string company = "Snake Oil GmbH",
        string website = "https://snakeoil.example",
        string description = "We build Python tools for pharmacies.") =>
        Visitor.Fields(("Email", email), ("Password", password), ("CompanyName", company), ("CompanyWebsite", website), ("CompanyDescription", description));

    [Fact]
    public async Task Signing_up_creates_a_recruiter_with_a_company_who_signs_in_after_following_the_emailed_link()
    {
        using var visitor = Site.NewVisitor();

        var (response, page) = await visitor.SubmitAsync("/account/sign-up", "/account/sign-up", SignUpFields());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Check your email", page.QuerySelector("h1")!.TextContent);
        var (early, earlyPage) = await visitor.SubmitAsync("/account/sign-in", "/account/sign-in", Visitor.Fields(("Email", "hiring@snakeoil.example"), ("Password", Visitor.StrongPassword)));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Confirm your email address first", earlyPage.QuerySelector("[data-valmsg-for=Email]")!.TextContent, StringComparison.Ordinal);
        var mails = await Site.MailToAsync("hiring@snakeoil.example");
        Assert.Equal(2, mails.Count);

        var link = CareersSite.LinkIn(mails[^1], "/account/confirm-email").PathAndQuery;
        var (opened, _) = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        await using (var afterOpening = Site.CreateContext())
        {
            Assert.False((await afterOpening.Users.SingleAsync()).EmailConfirmed, "opening the link (as a mail scanner does) confirmed the address");
        }

        var (confirmed, _) = await visitor.PressAsync(link);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        await visitor.SignInAsync("hiring@snakeoil.example");
        var (postings, _) = await visitor.GetAsync("/recruiter/postings");
        Assert.Equal(HttpStatusCode.OK, postings.StatusCode);
        await using var db = Site.CreateContext();
        var user = await db.Users.Include(u => u.Company).SingleAsync(u => u.Email == "hiring@snakeoil.example");
        Assert.Equal("Snake Oil GmbH", user.Company!.Name);
        Assert.True(await db.UserRoles.AnyAsync(ur => ur.UserId == user.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == CareerRoles.Recruiter)));
    }

    [Theory]
    [InlineData("/account/confirm-email?email=hiring%40snakeoil.example&token=forged")]
    [InlineData("/account/confirm-email?email=nobody%40snakeoil.example&token=forged")]
    [InlineData("/account/confirm-email")]
    public async Task A_forged_or_incomplete_confirmation_link_confirms_nothing(string link)
    {
        using var visitor = Site.NewVisitor();
        await visitor.SubmitAsync("/account/sign-up", "/account/sign-up", SignUpFields());

        var (response, _) = await visitor.PressAsync(link);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = Site.CreateContext();
        Assert.False((await db.Users.SingleAsync()).EmailConfirmed);
    }

    [Fact]
    public async Task A_password_reset_by_emailed_link_confirms_the_address()
    {
        using var visitor = Site.NewVisitor();
        await visitor.SubmitAsync("/account/sign-up", "/account/sign-up", SignUpFields());
        await visitor.SubmitAsync("/account/forgot-password", "/account/forgot-password", Visitor.Fields(("Email", "hiring@snakeoil.example")));
        var link = CareersSite.LinkIn((await Site.MailToAsync("hiring@snakeoil.example"))[^1], "/account/reset-password");
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);

        await visitor.SubmitAsync(link.PathAndQuery, "/account/reset-password", Visitor.Fields(("Email", query["email"]!), ("Token", query["token"]!), ("Password", "a brand new long passphrase")));

        await visitor.SignInAsync("hiring@snakeoil.example", "a brand new long passphrase");
    }

    public static TheoryData<string, string, string, string, string, string> BadSignUps => new()
    {
        { "", Visitor.StrongPassword, "Acme", "https://acme.example", "Tools", "Email" },
        { "not-an-email", Visitor.StrongPassword, "Acme", "https://acme.example", "Tools", "Email" },
        { new string('a', 300) + "@example.com", Visitor.StrongPassword, "Acme", "https://acme.example", "Tools", "Email" },
        { "a@example.com", "short", "Acme", "https://acme.example", "Tools", "Password" },
        { "a@example.com", "passwordpassword", "Acme", "https://acme.example", "Tools", "Password" },
        { "a@example.com", new string('x', 300), "Acme", "https://acme.example", "Tools", "Password" },
        { "a@example.com", Visitor.StrongPassword, "", "https://acme.example", "Tools", "CompanyName" },
        { "a@example.com", Visitor.StrongPassword, new string('n', 5_000), "https://acme.example", "Tools", "CompanyName" },
        { "a@example.com", Visitor.StrongPassword, "Acme", "javascript:alert(1)", "Tools", "CompanyWebsite" },
        { "a@example.com", Visitor.StrongPassword, "Acme", "acme", "Tools", "CompanyWebsite" },
        { "a@example.com", Visitor.StrongPassword, "Acme", "https://acme.example", "", "CompanyDescription" },
    };

    [Theory]
    [MemberData(nameof(BadSignUps))]
    public async Task Bad_sign_ups_answer_400_with_the_message_by_the_field_and_store_nothing(
        string email, string password, string company, string website, string description, string field)
    {
        using var visitor = Site.NewVisitor();

        var (response, page) = await visitor.SubmitAsync("/account/sign-up", "/account/sign-up", SignUpFields(email, password, company, website, description));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = page.QuerySelector($"[data-valmsg-for={field}]");
        Assert.False(string.IsNullOrWhiteSpace(error?.TextContent), $"No message next to {field}");
        await using var db = Site.CreateContext();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.Companies.CountAsync());
    }

    [Fact]
    public async Task A_taken_address_gets_the_same_page_as_a_new_one_and_its_owner_an_email_instead()
    {
        using var first = Site.NewVisitor();
        var (created, createdPage) = await first.SubmitAsync("/account/sign-up", "/account/sign-up", SignUpFields());
        using var second = Site.NewVisitor();

        var (taken, takenPage) = await second.SubmitAsync("/account/sign-up", "/account/sign-up", SignUpFields(password: "another long passphrase here", company: "Other"));

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(created.StatusCode, taken.StatusCode);
        Assert.Equal(createdPage.QuerySelector("main")!.TextContent, takenPage.QuerySelector("main")!.TextContent);
        var notice = (await Site.MailToAsync("hiring@snakeoil.example"))[^1];
        Assert.Contains("already has one", notice.TextBody, StringComparison.Ordinal);
        Assert.Equal(new Uri(CareersSite.PublicOrigin + "/account/sign-in"), CareersSite.LinkIn(notice, "/account/sign-in"));
        Assert.Equal(new Uri(CareersSite.PublicOrigin + "/account/forgot-password"), CareersSite.LinkIn(notice, "/account/forgot-password"));
        await using var db = Site.CreateContext();
        Assert.Equal("Snake Oil GmbH", (await db.Companies.SingleAsync()).Name);
        var (confirmed, _) = await first.PressAsync(CareersSite.LinkIn((await Site.MailToAsync("hiring@snakeoil.example"))[0], "/account/confirm-email").PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        await first.SignInAsync("hiring@snakeoil.example");
    }

    [Theory]
    [InlineData("jane doe@snakeoil.example")]
    [InlineData("jane<b>@snakeoil.example")]
    public async Task An_address_the_email_rule_refuses_gets_the_sites_own_message(string email)
    {
        using var visitor = Site.NewVisitor();

        var (response, page) = await visitor.SubmitAsync("/account/sign-up", "/account/sign-up", SignUpFields(email: email));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter an email address like name@example.com.", page.QuerySelector("[data-valmsg-for=Email]")!.TextContent);
        Assert.DoesNotContain("Username", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("o'brien@snakeoil.example")]
    [InlineData("first/last@snakeoil.example")]
    [InlineData("jobs=python@snakeoil.example")]
    public async Task An_address_the_email_rule_accepts_can_sign_up_though_identitys_default_user_names_would_refuse_it(string email)
    {
        using var visitor = Site.NewVisitor();

        var (response, page) = await visitor.SubmitAsync("/account/sign-up", "/account/sign-up", SignUpFields(email: email));

        Assert.True(response.StatusCode == HttpStatusCode.OK, page.QuerySelector(".field-error")?.TextContent);
        Assert.Equal("Check your email", page.QuerySelector("h1")!.TextContent);
        Assert.Single(await Site.MailToAsync(email));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        await Site.CreateUserAsync("editor@pythoncareers.example", Visitor.StrongPassword, CareerRoles.Editor);
        using var visitor = Site.NewVisitor();

        var (response, page) = await visitor.SubmitAsync("/account/sign-in", "/account/sign-in", Visitor.Fields(("Email", "editor@pythoncareers.example"), ("Password", "not the password at all")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("do not match", page.QuerySelector("[data-valmsg-for=Password]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await Site.CreateUserAsync("editor@pythoncareers.example", Visitor.StrongPassword, CareerRoles.Editor);
        using var visitor = Site.NewVisitor();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await visitor.SubmitAsync("/account/sign-in", "/account/sign-in", Visitor.Fields(("Email", "editor@pythoncareers.example"), ("Password", "wrong password number " + attempt)));
        }

        var (response, page) = await visitor.SubmitAsync("/account/sign-in", "/account/sign-in", Visitor.Fields(("Email", "editor@pythoncareers.example"), ("Password", Visitor.StrongPassword)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("5 wrong passwords in a row this account is locked for 15 minutes", page.QuerySelector("[data-valmsg-for=Email]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_right_password_on_an_account_an_admin_locked_says_so_and_wrong_ones_do_not_shorten_the_lock()
    {
        var user = await Site.CreateUserAsync("editor@pythoncareers.example", Visitor.StrongPassword, CareerRoles.Editor);
        using var admin = await Site.SignInAsAsync("admin@pythoncareers.example", CareerRoles.Admin);
        await admin.SubmitAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/lock", []);
        using var visitor = Site.NewVisitor();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await visitor.SubmitAsync("/account/sign-in", "/account/sign-in", Visitor.Fields(("Email", "editor@pythoncareers.example"), ("Password", "wrong password number " + attempt)));
        }

        var (response, page) = await visitor.SubmitAsync("/account/sign-in", "/account/sign-in", Visitor.Fields(("Email", "editor@pythoncareers.example"), ("Password", Visitor.StrongPassword)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = page.QuerySelector("[data-valmsg-for=Email]")!.TextContent;
        Assert.Contains("An administrator has locked this account", message, StringComparison.Ordinal);
        Assert.DoesNotContain("minutes", message, StringComparison.Ordinal);
        await using var db = Site.CreateContext();
        Assert.True((await db.Users.SingleAsync(u => u.Id == user.Id)).IsLockedByAdmin);
    }

    public static TheoryData<string> ForeignReturnUrls =>
    [
        "//evil.example", "/\\evil.example", "https://evil.example", "\\\\evil", "/\u0000/evil.example", "/\t/evil.example", "/\u007f/evil.example",
    ];

    [Theory]
    [MemberData(nameof(ForeignReturnUrls))]
    public async Task The_sign_in_form_never_carries_a_return_address_off_the_site(string returnUrl)
    {
        using var visitor = Site.NewVisitor();

        var (_, form) = await visitor.GetAsync("/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var (refused, again) = await visitor.SubmitAsync("/account/sign-in", "/account/sign-in", Visitor.Fields(("Email", "nobody@pythoncareers.example"), ("Password", "not the password at all"), ("ReturnUrl", returnUrl)));

        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.All([form, again], page => Assert.Equal("", page.QuerySelector("input[name=ReturnUrl]")?.GetAttribute("value") ?? ""));
    }

    [Fact]
    public async Task The_sign_in_form_keeps_a_return_address_on_the_site()
    {
        var (_, form) = await GetPageAsync("/account/sign-in?returnUrl=" + Uri.EscapeDataString("/admin/moderation?kind=new"));

        Assert.Equal("/admin/moderation?kind=new", form.QuerySelector("input[name=ReturnUrl]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_password_reset_link_arrives_by_email_and_sets_a_new_password()
    {
        await Site.CreateUserAsync("editor@pythoncareers.example", Visitor.StrongPassword, CareerRoles.Editor);
        using var visitor = Site.NewVisitor();

        var (asked, askedPage) = await visitor.SubmitAsync("/account/forgot-password", "/account/forgot-password", Visitor.Fields(("Email", "editor@pythoncareers.example")));
        var (unknown, unknownPage) = await visitor.SubmitAsync("/account/forgot-password", "/account/forgot-password", Visitor.Fields(("Email", "nobody@pythoncareers.example")));

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal(askedPage.QuerySelector("main")!.TextContent, unknownPage.QuerySelector("main")!.TextContent);
        Assert.Empty(await Site.MailToAsync("nobody@pythoncareers.example"));
        var body = Assert.Single(await Site.MailToAsync("editor@pythoncareers.example")).TextBody!;
        var link = new Uri(body.Split('\n').Single(line => line.Contains("/account/reset-password", StringComparison.Ordinal)).Trim());

        var (resetPage, _) = await visitor.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, resetPage.StatusCode);
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var (reset, _) = await visitor.SubmitAsync(link.PathAndQuery, "/account/reset-password", Visitor.Fields(("Email", query["email"]!), ("Token", query["token"]!), ("Password", "a brand new long passphrase")));
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);

        using var signedIn = Site.NewVisitor();
        await signedIn.SignInAsync("editor@pythoncareers.example", "a brand new long passphrase");
        var (reused, _) = await visitor.SubmitAsync(link.PathAndQuery, "/account/reset-password", Visitor.Fields(("Email", query["email"]!), ("Token", query["token"]!), ("Password", "yet another long passphrase")));
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server()
    {
        await Site.CreateUserAsync("editor@pythoncareers.example", Visitor.StrongPassword, CareerRoles.Editor);
        using var visitor = Site.NewVisitor();
        await visitor.SignInAsync("editor@pythoncareers.example");
        var stolen = visitor.Cookies.GetAllCookies();

        var (signedOut, _) = await visitor.SubmitAsync("/admin/moderation", "/account/sign-out", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        using var replay = Site.NewVisitor();
        replay.Cookies.Add(stolen);
        var (response, _) = await replay.GetAsync("/admin/moderation");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/sign-in", response.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_a_form_without_its_antiforgery_token_is_refused()
    {
        using var visitor = Site.NewVisitor();

        var (response, _) = await visitor.PostAsync("/account/sign-up", SignUpFields());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = Site.CreateContext();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Session_cookies_are_host_only_secure_and_http_only()
    {
        await Site.CreateUserAsync("editor@pythoncareers.example", Visitor.StrongPassword, CareerRoles.Editor);
        using var visitor = Site.NewVisitor();
        var (_, form) = await visitor.GetAsync("/account/sign-in");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var (response, _) = await visitor.PostAsync("/account/sign-in", Visitor.Fields(("Email", "editor@pythoncareers.example"), ("Password", Visitor.StrongPassword), ("__RequestVerificationToken", token)));

        var session = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-PythonCareers=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(visitor.Cookies.GetAllCookies(), c => c.Name == "__Host-PythonCareers-Antiforgery" && c.Secure && c.HttpOnly);
    }

    [Fact]
    public async Task Signed_in_pages_are_not_cached()
    {
        await Site.CreateUserAsync("editor@pythoncareers.example", Visitor.StrongPassword, CareerRoles.Editor);
        using var visitor = Site.NewVisitor();
        await visitor.SignInAsync("editor@pythoncareers.example");

        var (response, _) = await visitor.GetAsync("/admin/moderation");

        Assert.True(response.Headers.CacheControl?.NoStore);
    }
}
