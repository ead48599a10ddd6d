using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Content;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Market;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Tests.Database;

namespace PythonCareers.Core.Tests.Market;

/// <summary>
/// The posted-salary index from a known set of postings, each test inside a transaction it rolls back. The postings are in
/// New Zealand, where no other test posts, so the figures are theirs alone.
/// </summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class PostedPayIndexTests(DatabaseFixture database)
{
    private const string Country = "NZ";
    private static readonly DateOnly Day = new(2026, 11, 20);
    private static readonly DateTime DayStart = Day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    [Fact]
    public async Task A_snapshot_gives_the_quartiles_of_the_midpoints_of_postings_published_in_the_90_days_before_its_day()
    {
        await using var db = database.CreateContext();
        var (role, companies) = await PrepareAsync(db);

        // Five senior employed postings from three companies: midpoints 100,000 to 140,000 a year, one of them monthly and
        // one filled since; the quartiles of five values fall on the second, third and fourth.
        await PublishAsync(db, companies[0], role, JobLevel.Senior, 90_000m, 110_000m, DayStart.AddDays(-90));
        var live = await PublishAsync(db, companies[0], role, JobLevel.Senior, 100_000m, 120_000m, DayStart.AddDays(-30));
        await PublishAsync(db, companies[1], role, JobLevel.Senior, 10_000m, 10_000m, DayStart.AddDays(-20), period: PayPeriod.Month);
        var filled = await PublishAsync(db, companies[1], role, JobLevel.Senior, 120_000m, 140_000m, DayStart.AddDays(-10));
        filled.MarkFilled(DateTime.UtcNow);
        await PublishAsync(db, companies[2], role, JobLevel.Senior, 130_000m, 150_000m, DayStart.AddSeconds(-1));

        // Left out: published before the window or on the day itself, drafts, postings in review and revisions.
        await PublishAsync(db, companies[2], role, JobLevel.Senior, 1_000m, 2_000m, DayStart.AddDays(-90).AddSeconds(-1));
        await PublishAsync(db, companies[2], role, JobLevel.Senior, 900_000m, 990_000m, DayStart);
        var draft = new JobPosting(companies[2].Recruiter, companies[2].Company, Details(role, JobLevel.Senior, 1m, 2m, "NZD", PayPeriod.Year, EmploymentType.FullTime), role.Title, [], DateTime.UtcNow);
        db.JobPostings.Add(draft);
        var inReview = new JobPosting(companies[2].Recruiter, companies[2].Company, Details(role, JobLevel.Senior, 1m, 2m, "NZD", PayPeriod.Year, EmploymentType.FullTime), role.Title, [], DateTime.UtcNow);
        inReview.Submit(DateTime.UtcNow);
        db.JobPostings.Add(inReview);
        var revision = live.CreateRevision(Details(role, JobLevel.Senior, 1m, 2m, "NZD", PayPeriod.Year, EmploymentType.FullTime), role.Title, [], DateTime.UtcNow);
        db.JobPostings.Add(revision);
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlAsync($"UPDATE job_postings SET published_at = {DayStart.AddDays(-5)} WHERE id IN ({draft.Id}, {inReview.Id}, {revision.Id})");

        // A second currency of the same role, country and level is a figure of its own, never mixed with the first.
        foreach (var (company, offset) in companies.Select((c, i) => (c, i)))
        {
            await PublishAsync(db, company, role, JobLevel.Senior, 50_000m + (offset * 1_000m), 60_000m, DayStart.AddDays(-3), currency: "USD");
            await PublishAsync(db, company, role, JobLevel.Senior, 52_000m, 62_000m, DayStart.AddDays(-2), currency: "USD");
        }

        var index = new PostedPayIndex(db);
        Assert.True(await index.SnapshotAsync(Day) >= 2);

        var figures = (await index.LatestAsync(role.Slug)).Where(f => f.CountryCode == Country).ToList();
        var nzd = Assert.Single(figures, f => f.Currency == "NZD");
        Assert.Equal(
            new PostedPay(Day, role.Slug, role.Title, Country, JobLevel.Senior, EmploymentKind.Employed, "NZD", 5, 3, 90_000m, 110_000m, 120_000m, 130_000m, 150_000m),
            nzd);
        var usd = Assert.Single(figures, f => f.Currency == "USD");
        Assert.Equal((6, 3, 50_000m, 62_000m), (usd.Postings, usd.Companies, usd.Lowest, usd.Highest));
        Assert.Equal(2, figures.Count);
    }

    [Fact]
    public async Task A_figure_is_shown_only_with_five_postings_from_three_companies_behind_it()
    {
        await using var db = database.CreateContext();
        var (role, companies) = await PrepareAsync(db);

        // Entry level: four postings from three companies. Mid level: five postings from two companies. Lead: five from three.
        foreach (var company in companies.Concat(companies.Take(1)))
        {
            await PublishAsync(db, company, role, JobLevel.Entry, 40_000m, 50_000m, DayStart.AddDays(-1));
        }

        foreach (var company in companies.Take(2).Concat(companies.Take(2)).Concat(companies.Take(1)))
        {
            await PublishAsync(db, company, role, JobLevel.Mid, 60_000m, 70_000m, DayStart.AddDays(-1));
        }

        foreach (var company in companies.Concat(companies.Take(2)))
        {
            await PublishAsync(db, company, role, JobLevel.Lead, 150_000m, 170_000m, DayStart.AddDays(-1), type: EmploymentType.Contract);
        }

        var index = new PostedPayIndex(db);
        await index.SnapshotAsync(Day);
        Assert.Equal(3, await db.Set<PostedPayFigure>().CountAsync(f => f.AsOf == Day && f.CountryCode == Country));
        var shown = Assert.Single(await index.LatestAsync(role.Slug), f => f.CountryCode == Country);
        Assert.Equal((JobLevel.Lead, EmploymentKind.Freelance, 5, 3), (shown.Level, shown.Kind, shown.Postings, shown.Companies));
    }

    [Fact]
    public async Task Each_day_keeps_its_own_snapshot_making_one_again_replaces_it_and_only_the_latest_is_shown()
    {
        await using var db = database.CreateContext();
        var (role, companies) = await PrepareAsync(db);
        foreach (var company in companies.Concat(companies.Take(2)))
        {
            await PublishAsync(db, company, role, JobLevel.Mid, 60_000m, 80_000m, DayStart.AddDays(-1));
        }

        var index = new PostedPayIndex(db);
        await index.SnapshotAsync(Day);
        await PublishAsync(db, companies[2], role, JobLevel.Mid, 100_000m, 120_000m, DayStart.AddHours(1));
        var nextDay = Day.AddDays(1);
        await index.SnapshotAsync(nextDay);
        await index.SnapshotAsync(nextDay);

        Assert.Equal(nextDay, await index.LatestDateAsync());
        var history = (await index.HistoryAsync(role.Slug, nextDay, 30)).Where(f => f.CountryCode == Country).ToList();
        Assert.Equal([(Day, 5, 70_000m), (nextDay, 6, 70_000m)], history.Select(f => (f.AsOf, f.Postings, f.Median)));
        var latest = Assert.Single(await index.LatestAsync(role.Slug), f => f.CountryCode == Country);
        Assert.Equal((nextDay, 6, 120_000m), (latest.AsOf, latest.Postings, latest.Highest));

        // Once every posting has aged out of the window, the latest snapshot has no figure to show, whatever came before.
        var later = Day.AddDays(PostedPayIndex.WindowDays + 2);
        await index.SnapshotAsync(later);
        Assert.Equal(later, await index.LatestDateAsync());
        Assert.DoesNotContain(await index.LatestAsync(role.Slug), f => f.CountryCode == Country);
    }

    [Fact]
    public async Task A_posting_is_placed_among_its_peers_falling_back_to_every_level_then_to_every_country()
    {
        await using var db = database.CreateContext();
        var (role, companies) = await PrepareAsync(db);
        var recent = DateTime.UtcNow.AddDays(-1);

        // Six senior peers in New Zealand, midpoints 60,000 to 110,000; the posting's 95,000 is above four of them.
        for (var peer = 0; peer < 6; peer++)
        {
            await PublishAsync(db, companies[peer % 3], role, JobLevel.Senior, 50_000m + (peer * 10_000m), 70_000m + (peer * 10_000m), recent);
        }

        var posting = await PublishAsync(db, companies[0], role, JobLevel.Senior, 90_000m, 100_000m, recent);
        var index = new PostedPayIndex(db);
        Assert.Equal(new PostedPayPlace(PostedPayScope.CountryAndLevel, 6, 3, 4), await index.PlaceAsync(posting.Id));
        Assert.Equal(66, (await index.PlaceAsync(posting.Id))!.PercentBelow);

        // A lead posting has no peers at its level here: it is placed among every level of its country.
        var lead = await PublishAsync(db, companies[1], role, JobLevel.Lead, 200_000m, 220_000m, recent);
        Assert.Equal(new PostedPayPlace(PostedPayScope.Country, 7, 3, 7), await index.PlaceAsync(lead.Id));

        // An entry posting in another country with entry peers only abroad: among its level in every country.
        foreach (var company in companies.Concat(companies.Take(2)))
        {
            await PublishAsync(db, company, role, JobLevel.Entry, 30_000m, 40_000m, recent);
        }

        var abroad = await PublishAsync(db, companies[2], role, JobLevel.Entry, 20_000m, 30_000m, recent, country: "AU");
        Assert.Equal(new PostedPayPlace(PostedPayScope.Level, 5, 3, 0), await index.PlaceAsync(abroad.Id));

        // Another currency, freelance work or a never published posting finds no peers.
        var francs = await PublishAsync(db, companies[2], role, JobLevel.Senior, 90_000m, 100_000m, recent, currency: "CHF");
        var freelance = await PublishAsync(db, companies[2], role, JobLevel.Senior, 90_000m, 100_000m, recent, type: EmploymentType.Freelance);
        var draft = new JobPosting(companies[0].Recruiter, companies[0].Company, Details(role, JobLevel.Senior, 90_000m, 100_000m, "NZD", PayPeriod.Year, EmploymentType.FullTime), role.Title, [], DateTime.UtcNow);
        db.JobPostings.Add(draft);
        await db.SaveChangesAsync();
        Assert.Null(await index.PlaceAsync(francs.Id));
        Assert.Null(await index.PlaceAsync(freelance.Id));
        Assert.Null(await index.PlaceAsync(draft.Id));
    }

    private static async Task<(RoleProfile Role, (string Recruiter, Company Company)[] Companies)> PrepareAsync(AppDbContext db)
    {
        await new ContentSeeder(db, TimeProvider.System).SeedAsync();
        await db.Database.BeginTransactionAsync();
        var role = await db.RoleProfiles.AsTracking().OrderBy(r => r.SortOrder).FirstAsync();
        var companies = new (string, Company)[3];
        for (var i = 0; i < companies.Length; i++)
        {
            companies[i] = await RecruiterAsync(db);
        }

        return (role, companies);
    }

    private static async Task<JobPosting> PublishAsync(
        AppDbContext db,
        (string Recruiter, Company Company) company,
        RoleProfile role,
        JobLevel level,
        decimal min,
        decimal max,
        DateTime publishedAt,
        string currency = "NZD",
        PayPeriod period = PayPeriod.Year,
        EmploymentType type = EmploymentType.FullTime,
        string country = Country)
    {
        var posting = new JobPosting(company.Recruiter, company.Company, Details(role, level, min, max, currency, period, type, country), role.Title, [], DateTime.UtcNow);
        posting.Submit(DateTime.UtcNow);
        posting.Approve(DateTime.UtcNow, TimeSpan.FromDays(30));
        db.JobPostings.Add(posting);
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlAsync($"UPDATE job_postings SET published_at = {publishedAt} WHERE id = {posting.Id}");

        // Reread, with the row version the update gave it, so later changes to it save.
        await db.Entry(posting).ReloadAsync();
        return posting;
    }

    private static PostingDetails Details(RoleProfile role, JobLevel level, decimal min, decimal max, string currency, PayPeriod period, EmploymentType type, string country = Country) => new(
        "Python Developer", role.Id, type, level, "Auckland", country, Workplace.OnSite, [], min, max, currency, period,
        "Write Python.", [], "https://indexed.example/apply", null, false, false);

    private static async Task<(string Recruiter, Company Company)> RecruiterAsync(AppDbContext db)
    {
        var email = $"{Guid.NewGuid():N}@indexed.example";
        var company = new Company($"Indexed {Guid.NewGuid():N}", new Uri("https://indexed.example"), "Tools.");
        db.Users.Add(new CareerUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString(),
            Company = company,
            CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return (await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(), company);
    }
}
