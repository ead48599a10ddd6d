using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Accounts;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Accounts;

/// <summary>The forms people really use for weak passwords, through the two forms that set a password.</summary>
public sealed class PasswordStrengthTests(CareersSite site) : SiteTest(site)
{
    private const string Email = "hiring@snakeoil.example";

    public static TheoryData<string> Guessable =>
    [
        "qwertyuiopas", "asdfghjklqwe", "zxcvbnmasdfg", "poiuytrewqas", "qazwsxedcrfv", "1qaz2wsx3edc4rfv", "1q2w3e4r5t6y",
        "zaq12wsxcde3", "1234qwerasdf", "qwerty123456", "123456789012", "password1234", "iloveyou1234", "football1234",
        "dragon123456", "letmein12345", "Sunshine2024!", "monkeymonkey", "arturarturartur", "aaaaaaaaaaaa", "abcdefghijkl",
        "hiring@snakeoil", "snakeoil2024!",
    ];

    public static TheoryData<string> Passphrases =>
    [
        "correct staple river lantern", "tangerine orbit velvet cactus", "a brand new long passphrase", "lighthouse pepper violin 7",
    ];

    [Theory]
    [MemberData(nameof(Guessable))]
    public async Task Sign_up_refuses_a_guessable_password_next_to_the_field(string password)
    {
        var (response, page) = await SignUpAsync(password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("too easy to guess", page.QuerySelector("[data-valmsg-for=Password]")?.TextContent, StringComparison.Ordinal);
        await using var db = Site.CreateContext();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Passphrases))]
    public async Task Sign_up_accepts_a_passphrase_of_unrelated_words(string password)
    {
        var (response, page) = await SignUpAsync(password);

        Assert.True(response.StatusCode != HttpStatusCode.BadRequest, page.QuerySelector(".field-error")?.TextContent);
        await using var db = Site.CreateContext();
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == Email));
    }

    [Theory]
    [MemberData(nameof(Guessable))]
    public async Task Resetting_refuses_a_guessable_password_next_to_the_field(string password)
    {
        var (response, page) = await ResetPasswordAsync(password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("too easy to guess", page.QuerySelector("[data-valmsg-for=Password]")?.TextContent, StringComparison.Ordinal);
        using var visitor = Site.NewVisitor();
        await visitor.SignInAsync(Email);
    }

    [Theory]
    [MemberData(nameof(Passphrases))]
    public async Task Resetting_accepts_a_passphrase_of_unrelated_words(string password)
    {
        var (response, page) = await ResetPasswordAsync(password);

        Assert.True(response.StatusCode == HttpStatusCode.OK, page.QuerySelector(".field-error")?.TextContent);
        using var visitor = Site.NewVisitor();
        await visitor.SignInAsync(Email, password);
    }

    private async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> SignUpAsync(string password)
    {
        using var visitor = Site.NewVisitor();
        return await visitor.SubmitAsync("/account/sign-up", "/account/sign-up", Visitor.Fields(
            ("Email", Email),
            ("Password", password),
            ("CompanyName", "Snake Oil GmbH"),
            ("CompanyWebsite", "https://snakeoil.example"),
            ("CompanyDescription", "We build Python tools.")));
    }

    private async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> ResetPasswordAsync(string password)
    {
        await Site.CreateUserAsync(Email, Visitor.StrongPassword, CareerRoles.Recruiter);
        using var visitor = Site.NewVisitor();
        await visitor.SubmitAsync("/account/forgot-password", "/account/forgot-password", Visitor.Fields(("Email", Email)));
        var link = CareersSite.LinkIn(Assert.Single(await Site.MailToAsync(Email)), "/account/reset-password");
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        return await visitor.SubmitAsync(link.PathAndQuery, "/account/reset-password", Visitor.Fields(("Email", query["email"]!), ("Token", query["token"]!), ("Password", password)));
    }
}
