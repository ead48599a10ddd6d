using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Npgsql;
using PythonCareers.Core;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Content;
using PythonCareers.Tests;
using PythonCareers.Web.Infrastructure;
using Respawn;
using Respawn.Graph;

namespace PythonCareers.Web.Tests.Infrastructure;

/// <summary>The whole site over its own real PostgreSQL database, built by the migrations; reset to the seed content before each test.</summary>
public class CareersSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    private Respawner? respawner;
    private SeedSnapshot? seed;

    /// <summary>What a fixture sets beyond the settings every test site has (which these override, one by one).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    private static int sites;

    /// <summary>The shared site of a collection of <see cref="SiteTest"/> classes; each collection's gets its own database.</summary>
    public CareersSite()
        : this(DatabaseFor(Interlocked.Increment(ref sites)))
    {
    }

    /// <summary>A site over its own database, for fixtures that run beside the main one.</summary>
    protected CareersSite(string databaseSuffix) => ConnectionString = TestDatabase.ConnectionString(databaseSuffix);

    public string ConnectionString { get; }

    /// <summary>Served over https, as in production, so cookies are Secure and __Host- prefixed.</summary>
    public const string PublicOrigin = "https://pythoncareers.test";

    /// <summary>Where the site writes the emails it sends (the pickup-folder mailer), one folder per test run.</summary>
    public string MailFolder { get; } = Directory.CreateTempSubdirectory("pythoncareers-mail-").FullName;

    public AppDbContext CreateContext() => TestDatabase.CreateContext(ConnectionString);

    public async Task InitializeAsync()
    {
        await TestDatabase.RecreateAndMigrateAsync(ConnectionString);
        await using (var db = CreateContext())
        {
            await new ContentSeeder(db, TimeProvider.System).SeedAsync();
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        seed = await SeedSnapshot.TakeAsync(connection);
        respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = [new Table("__EFMigrationsHistory")],
        });
    }

    /// <summary>Empties every table and puts the seed content back, so no test sees another's leftovers.</summary>
    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        // The site's background services (the mail outbox, expiry, digests) may write meanwhile, and PostgreSQL can choose
        // the reset's DELETEs as a deadlock's victim; the reset is all or nothing, so it is run again, as deadlocks are meant to be.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await respawner!.ResetAsync(connection);
                break;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 3)
            {
            }
        }

        await seed!.RestoreAsync(connection);

        // After the tables: a mail the outbox was sending for the test before, while the reset waited for its row, is
        // written by now and goes with the folder, where before it could land in the next test's mail.
        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }

        // The public pages cached by the test before: the reset wrote past the site, whose writes would have evicted them.
        await Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PublicPages.ContentTag, CancellationToken.None);
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects, talks https so Secure cookies flow.</summary>
    public virtual Visitor NewVisitor() => NewVisitor(this);

    /// <summary>A visitor of <paramref name="instance"/>: this site, or another instance of it made with WithWebHostBuilder.</summary>
    protected static Visitor NewVisitor(WebApplicationFactory<Program> instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var cookies = new CookieContainerHandler();
        return new Visitor(instance.CreateDefaultClient(new Uri("https://localhost"), cookies), cookies.Container);
    }

    public async Task<CareerUser> CreateUserAsync(string email, string password, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CareerUser>>();
        var user = new CareerUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        foreach (var role in roles)
        {
            await users.AddToRoleAsync(user, role);
        }

        return user;
    }

    /// <summary>The emails sent to <paramref name="address"/>, oldest first, once the outbox has sent every mail due.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MailToAsync(string address)
    {
        await OutboxSentAsync(ConnectionString);
        return MailIn(MailFolder, address);
    }

    /// <summary>
    /// Waits until the outbox of the site over <paramref name="connectionString"/> holds no mail that is due: a mail is
    /// queued with the change that causes it and sent just after, so a test reads it once the sender is done.
    /// </summary>
    public static async Task OutboxSentAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var due = new NpgsqlCommand("SELECT count(*) FROM outgoing_mails WHERE due_at <= now()", connection);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((long)(await due.ExecuteScalarAsync())! > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The outbox still holds mail that is due after 30 s.");
            await Task.Delay(20);
        }
    }

    /// <summary>The emails a site's pickup-folder mailer wrote to <paramref name="folder"/> for <paramref name="address"/>, oldest first.</summary>
    public static IReadOnlyList<MimeMessage> MailIn(string folder, string address) =>
        Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(path => MimeMessage.Load(path))
                .Where(message => message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))]
            : [];

    /// <summary>The link in an email that leads to <paramref name="path"/>, as the reader would follow it.</summary>
    public static Uri LinkIn(MimeMessage message, string path)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Uri(message.TextBody!.Split('\n').Single(line => line.Contains(path, StringComparison.Ordinal)).Trim());
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetPageAsync(string path)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(html));
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Site:PublicOrigin", PublicOrigin);
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        builder.UseSetting("Jobs:ExpiryIntervalSeconds", "3600");

        // A write's second eviction, seconds later, would empty the cache under a later step of the same test; the shared
        // cache tests check it on a site of their own.
        builder.UseSetting("PublicPages:EvictAgainAfterSeconds", "0");

        // Rate limits high enough that tests signing in many times never meet them; a test of the limits sets its own.
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("RateLimits:SignUpPerMinute", "100000");
        builder.UseSetting("RateLimits:PostingPerMinute", "100000");
        builder.UseSetting("RateLimits:AlertsPerMinute", "100000");
        builder.UseSetting("RateLimits:ApiPerMinute", "100000");
        foreach (var (name, value) in Settings)
        {
            builder.UseSetting(name, value);
        }

        // A test stores and checks hundreds of passwords; at Identity's production cost (100,000 PBKDF2 iterations, about
        // 70 ms each here) that alone would take most of the run. AccountTests checks the production cost itself.
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(options => options.IterationCount = TestPasswordIterations));
    }

    /// <summary>PBKDF2 iterations for the passwords tests store: the same algorithm and format as production, at a test's cost.</summary>
    public const int TestPasswordIterations = 1_000;

    private static string DatabaseFor(int site) => site == 1 ? "web_tests" : $"web_tests_{site}";
}

/// <summary>The first of the two collections <see cref="SiteShards"/> deals the site tests into.</summary>
[CollectionDefinition(Name)]
public sealed class SiteTestGroup : ICollectionFixture<CareersSite>
{
    public const string Name = "site";
}

/// <summary>The second collection of site tests, with a site of its own.</summary>
[CollectionDefinition(Name)]
public sealed class SecondSiteTestGroup : ICollectionFixture<CareersSite>
{
    public const string Name = "site-2";
}

/// <summary>
/// Base for tests of the running site: the database holds exactly the seed content when each test starts. Its classes
/// run in one of two collections (<see cref="SiteShards"/>), never beside another test of the same collection; the
/// attribute tells xunit's analyzers where the site comes from, <see cref="SiteShards"/> which of the two it is.
/// </summary>
[Collection(SiteTestGroup.Name)]
public abstract class SiteTest(CareersSite site) : IAsyncLifetime
{
    protected CareersSite Site { get; } = site;

    public Task InitializeAsync() => Site.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetPageAsync(string path) => Site.GetPageAsync(path);
}
