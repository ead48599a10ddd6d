using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PythonCareers.Core.Accounts;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Accounts;

/// <summary>The site with a password hasher that counts its checks, over a database of its own.</summary>
public sealed class HashCountingSite : CareersSite
{
    public HashCountingSite()
        : base("web_hashes")
    {
    }

    public CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<CareerUser>>(Hasher));
    }
}

/// <summary>Identity's own hasher, counting how often a password is checked against a hash.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<CareerUser>
{
    private readonly PasswordHasher<CareerUser> hasher = new();
    private int checks;
    private int hashes;

    public int Checks => Volatile.Read(ref checks);

    public int Hashes => Volatile.Read(ref hashes);

    public string HashPassword(CareerUser user, string password)
    {
        Interlocked.Increment(ref hashes);
        return hasher.HashPassword(user, password);
    }

    public PasswordVerificationResult VerifyHashedPassword(CareerUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref checks);
        return hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>Sign-in and sign-up tell nobody without the right password whether an account exists or is locked: not by their answer, not by their cost.</summary>
public sealed class SignInTests(HashCountingSite site) : IClassFixture<HashCountingSite>, IAsyncLifetime
{
    private const string Recruiter = "hiring@snakeoil.example";
    private const string Locked = "locked@snakeoil.example";
    private const string LockedByAdmin = "barred@snakeoil.example";
    private const string Invited = "invited@snakeoil.example";

    public async Task InitializeAsync()
    {
        await site.ResetAsync();
        await site.CreateUserAsync(Recruiter, Visitor.StrongPassword, CareerRoles.Recruiter);
        await site.CreateUserAsync(Locked, Visitor.StrongPassword, CareerRoles.Recruiter);
        var barred = await site.CreateUserAsync(LockedByAdmin, Visitor.StrongPassword, CareerRoles.Recruiter);
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CareerUser>>();
        await users.SetLockoutEndDateAsync((await users.FindByIdAsync(barred.Id))!, CareerUser.AdminLockEnd);
        await users.CreateAsync(new CareerUser { UserName = Invited, Email = Invited, EmailConfirmed = true, CreatedAt = DateTime.UtcNow });
        using var visitor = site.NewVisitor();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await WrongPasswordAsync(visitor, Locked);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> Emails => [Recruiter, Locked, LockedByAdmin, Invited, "nobody@snakeoil.example"];

    [Theory]
    [MemberData(nameof(Emails))]
    public async Task A_wrong_password_costs_one_hash_whoever_the_email_belongs_to(string email)
    {
        using var visitor = site.NewVisitor();
        var before = site.Hasher.Checks;

        await WrongPasswordAsync(visitor, email);

        Assert.Equal(1, site.Hasher.Checks - before);
    }

    [Fact]
    public async Task A_wrong_password_gets_the_same_answer_whether_the_account_exists_is_locked_or_not()
    {
        using var visitor = site.NewVisitor();
        var answers = new List<string>();
        foreach (var email in Emails)
        {
            var (response, page) = await WrongPasswordAsync(visitor, email);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            answers.Add(page.QuerySelector("main")!.TextContent);
        }

        Assert.Single(answers.Distinct(StringComparer.Ordinal));
        Assert.DoesNotContain("locked", answers[0], StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("new@snakeoil.example")]
    [InlineData(Recruiter)]
    public async Task Signing_up_costs_one_hash_for_a_new_and_a_taken_address(string email)
    {
        using var visitor = site.NewVisitor();
        var before = site.Hasher.Hashes;

        var (response, _) = await visitor.SubmitAsync("/account/sign-up", "/account/sign-up", Visitor.Fields(
            ("Email", email), ("Password", "tangerine orbit velvet cactus"), ("CompanyName", "Snake Oil GmbH"), ("CompanyWebsite", "https://snakeoil.example"), ("CompanyDescription", "Python tools.")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, site.Hasher.Hashes - before);
    }

    private static Task<(HttpResponseMessage Response, IHtmlDocument Page)> WrongPasswordAsync(Visitor visitor, string email) =>
        visitor.SubmitAsync("/account/sign-in", "/account/sign-in", Visitor.Fields(("Email", email), ("Password", "not the password at all")));
}
