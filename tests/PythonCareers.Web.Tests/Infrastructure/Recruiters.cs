using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using PythonCareers.Core;
using PythonCareers.Core.Accounts;

namespace PythonCareers.Web.Tests.Infrastructure;

/// <summary>People who sign in, set up the way the site sets them up.</summary>
public static class Recruiters
{
    /// <summary>
    /// Signs a recruiter up through the form, follows the confirmation link in their email and signs in, as a person would;
    /// returns them signed in, with their stored account.
    /// </summary>
    public static async Task<(Visitor Visitor, CareerUser User)> SignUpAsync(this CareersSite site, string email = "hiring@snakeoil.example", string company = "Snake Oil GmbH")
    {
        var visitor = site.NewVisitor();
        var (response, page) = await visitor.SubmitAsync("/account/sign-up", "/account/sign-up", Visitor.Fields(
            ("Email", email),
            ("Password", Visitor.StrongPassword),
            ("CompanyName", company),
            ("CompanyWebsite", "https://snakeoil.example"),
            ("CompanyDescription", "We build Python tools.")));
        Assert.True(response.StatusCode == HttpStatusCode.OK, page.QuerySelector(".field-error")?.TextContent);
        var link = CareersSite.LinkIn(Assert.Single(await site.MailToAsync(email)), "/account/confirm-email");
        var (confirmed, _) = await visitor.PressAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        await visitor.SignInAsync(email);
        await using var db = site.CreateContext();
        return (visitor, await db.Users.SingleAsync(u => u.Email == email));
    }

    /// <summary>A recruiter's mail after the confirmation link that <see cref="SignUpAsync"/> followed.</summary>
    public static IEnumerable<MimeMessage> SinceSignUp(this IReadOnlyList<MimeMessage> mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        Assert.Equal("Confirm your PythonCareers account", mail[0].Subject);
        return mail.Skip(1);
    }

    public static async Task<Visitor> SignInAsAsync(this CareersSite site, string email, string role)
    {
        await site.CreateUserAsync(email, Visitor.StrongPassword, role);
        var visitor = site.NewVisitor();
        await visitor.SignInAsync(email);
        return visitor;
    }

    public static Task<Visitor> EditorAsync(this CareersSite site, string email = "editor@pythoncareers.example") =>
        site.SignInAsAsync(email, CareerRoles.Editor);

    /// <summary>A complete, valid posting form; pass pairs to change or add fields.</summary>
    public static async Task<List<KeyValuePair<string, string>>> PostingFieldsAsync(this CareersSite site, params (string Name, string Value)[] changes)
    {
        await using var db = site.CreateContext();
        return await PostingFieldsAsync(db, changes);
    }

    /// <summary>A complete, valid posting form for the site over <paramref name="db"/>; pass pairs to change or add fields.</summary>
    public static async Task<List<KeyValuePair<string, string>>> PostingFieldsAsync(AppDbContext db, params (string Name, string Value)[] changes)
    {
        ArgumentNullException.ThrowIfNull(db);
        var role = await db.RoleProfiles.Where(r => r.Slug == "python-web-developer").Select(r => r.Id).SingleAsync();
        var django = await db.Skills.Where(s => s.Slug == "django").Select(s => s.Id).SingleAsync();
        var fields = new Dictionary<string, string>
        {
            ["Title"] = "Senior Django Developer",
            ["RoleProfileId"] = role.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["EmploymentType"] = "FullTime",
            ["Level"] = "Senior",
            ["City"] = "Berlin",
            ["CountryCode"] = "DE",
            ["Workplace"] = "Hybrid",
            ["SalaryMin"] = "70000",
            ["SalaryMax"] = "90000",
            ["Currency"] = "EUR",
            ["SalaryPeriod"] = "Year",
            ["Description"] = "Build **Django** services.",
            ["SkillIds"] = django.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ApplyUrl"] = "https://snakeoil.example/jobs/1",
            ["intent"] = "submit",
        };
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return [.. fields];
    }
}
