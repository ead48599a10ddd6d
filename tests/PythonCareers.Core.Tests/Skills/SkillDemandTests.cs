using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Content;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Skills;
using PythonCareers.Core.Tests.Database;

namespace PythonCareers.Core.Tests.Skills;

/// <summary>
/// Skill demand over PostgreSQL, from a known set of postings: what counts as live, the weekly snapshot and its trend, and
/// the pay comparison with its thresholds and currencies. Each test runs in a transaction it rolls back, over no other
/// posting.
/// </summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SkillDemandTests(DatabaseFixture database)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    [Theory]
    [InlineData("2026-11-30T00:00:00", "2026-11-30")]
    [InlineData("2026-12-01T22:15:00", "2026-11-30")]
    [InlineData("2026-12-06T23:59:59", "2026-11-30")]
    [InlineData("2026-12-07T00:00:00", "2026-12-07")]
    public void A_week_starts_on_its_Monday_in_UTC(string at, string monday) =>
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), SkillDemand.WeekOf(DateTime.SpecifyKind(DateTime.Parse(at, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc)));

    [Fact]
    public async Task Counts_and_shares_take_live_postings_only()
    {
        await using var board = await Board.OpenAsync(database);
        var (django, flask, pandas) = (board.Skill("django"), board.Skill("flask"), board.Skill("pandas"));
        var now = DateTime.UtcNow;
        var both = await board.PublishAsync([django, flask]);
        await board.PublishAsync([django]);
        await board.PublishAsync([]);
        await board.StoreAsync([django], PostingStatus.Draft);
        await board.StoreAsync([django], PostingStatus.InReview);
        var expired = await board.PublishAsync([django], publishedAt: now - Lifetime - TimeSpan.FromDays(2));
        await PostingExpiry.ExpireDueAsync(board.Db, now);
        Assert.Equal(PostingStatus.Expired, await board.Db.JobPostings.Where(p => p.Id == expired.Id).Select(p => p.Status).SingleAsync());
        await board.PublishAsync([django], publishedAt: now - Lifetime - TimeSpan.FromMinutes(1));
        var withdrawn = await board.PublishAsync([django]);
        withdrawn.Withdraw(now);
        board.Db.JobPostings.Add(both.CreateRevision(both.ToDetails() with { SkillIds = [pandas] }, both.RoleTitle, ["pandas"], now));
        await board.Db.SaveChangesAsync();

        await board.Demand.SnapshotAsync(now);
        var latest = await board.Demand.LatestAsync();

        Assert.Equal((2, 3), (latest[django].Postings, latest[django].LivePostings));
        Assert.Equal((1, 3), (latest[flask].Postings, latest[flask].LivePostings));
        Assert.Equal((0, 3), (latest[pandas].Postings, latest[pandas].LivePostings));
        Assert.Equal(2m / 3m, latest[django].Share);
        Assert.Equal(await board.Db.Skills.CountAsync(), latest.Count);
        Assert.All(latest.Values, f => Assert.Equal(SkillDemand.WeekOf(now), f.WeekStart));
        Assert.All(latest.Values, f => Assert.Equal(now, f.CountedAt, new CountedAtComparer()));
    }

    [Fact]
    public async Task The_ongoing_week_holds_its_latest_count_and_past_weeks_stay_as_they_ended()
    {
        await using var board = await Board.OpenAsync(database);
        var django = board.Skill("django");
        var thisWeek = new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
        var lastWeek = thisWeek.AddDays(-7);
        var first = await board.PublishAsync([django]);
        await board.PublishAsync([]);

        Assert.True(await board.Demand.SnapshotAsync(lastWeek) > 0, "a first count changes the figures");
        Assert.Equal(0, await board.Demand.SnapshotAsync(lastWeek.AddHours(1)));
        await board.PublishAsync([django]);
        Assert.True(await board.Demand.SnapshotAsync(lastWeek.AddHours(2)) > 0, "a new posting changes the figures");
        first.Withdraw(DateTime.UtcNow);
        await board.Db.SaveChangesAsync();
        await board.Demand.SnapshotAsync(thisWeek);
        await board.PublishAsync([django]);
        await board.PublishAsync([django]);
        await board.Demand.SnapshotAsync(thisWeek.AddDays(2));

        var trend = await board.Demand.TrendAsync(django, SkillDemand.WeekOf(thisWeek));

        Assert.Equal(SkillDemand.TrendWeeks, trend.Count);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => new DateOnly(2026, 9, 14).AddDays(7 * i)), trend.Select(p => p.WeekStart));
        Assert.All(trend.Take(10), p => Assert.Null(p.Figure));
        Assert.Equal((2, 3), (trend[10].Figure!.Postings, trend[10].Figure!.LivePostings));
        Assert.Equal((3, 4), (trend[11].Figure!.Postings, trend[11].Figure!.LivePostings));
        Assert.Equal(lastWeek.AddHours(2), trend[10].Figure!.CountedAt, new CountedAtComparer());
        Assert.Equal(thisWeek.AddDays(2), trend[11].Figure!.CountedAt, new CountedAtComparer());
    }

    [Fact]
    public async Task A_trend_has_twelve_weeks_and_leaves_out_older_ones()
    {
        await using var board = await Board.OpenAsync(database);
        var django = board.Skill("django");
        var thisWeek = new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
        await board.PublishAsync([django]);
        foreach (var weeksAgo in Enumerable.Range(0, 14))
        {
            await board.Demand.SnapshotAsync(thisWeek.AddDays(-7 * weeksAgo));
        }

        var trend = await board.Demand.TrendAsync(django, SkillDemand.WeekOf(thisWeek));

        Assert.Equal(12, trend.Count(p => p.Figure is not null));
        Assert.Equal((new DateOnly(2026, 9, 14), new DateOnly(2026, 11, 30)), (trend[0].WeekStart, trend[^1].WeekStart));
        Assert.Equal(14, await board.Db.SkillDemandWeeks.CountAsync(w => w.SkillId == django));
    }

    [Fact]
    public async Task Pay_with_and_without_a_skill_compares_yearly_midpoints_of_one_role_in_each_currency_apart()
    {
        await using var board = await Board.OpenAsync(database);
        var (django, flask) = (board.Skill("django"), board.Skill("flask"));
        var companies = await board.CompaniesAsync(3);

        // With Django: midpoints 70, 72, 75 (6,000-6,500 a month is 72,000-78,000 a year), 76 and 78 thousand; without: 60 to 68.
        await board.PublishAsync([django], companies[0], 65_000m, 75_000m);
        await board.PublishAsync([django, flask], companies[1], 70_000m, 74_000m);
        await board.PublishAsync([django], companies[2], 6_000m, 6_500m, period: PayPeriod.Month);
        await board.PublishAsync([django], companies[0], 72_000m, 80_000m);
        await board.PublishAsync([django], companies[1], 78_000m, 78_000m);
        foreach (var index in Enumerable.Range(0, 5))
        {
            var midpoint = 60_000m + (2_000m * index);
            await board.PublishAsync([flask], companies[index % 3], midpoint - 1_000m, midpoint + 1_000m);
        }

        // The same role in dollars, far higher: mixed in, it would move both medians.
        foreach (var index in Enumerable.Range(0, 5))
        {
            await board.PublishAsync([django], companies[index % 3], 200_000m, 200_000m, currency: "USD");
            await board.PublishAsync([], companies[index % 3], 100_000m, 120_000m, currency: "USD");
        }

        await board.Demand.SnapshotAsync(DateTime.UtcNow);
        var premiums = await board.Demand.PremiumsAsync(django);

        var role = await board.Db.RoleProfiles.SingleAsync(r => r.Id == board.RoleId);
        Assert.Equal(
            [
                new SkillPremiumFigure(role.Slug, role.Title, "EUR", 5, 3, 75_000m, 5, 3, 64_000m),
                new SkillPremiumFigure(role.Slug, role.Title, "USD", 5, 3, 200_000m, 5, 3, 110_000m),
            ],
            premiums);

        // Flask in euros: 6 postings with it, 4 without; in dollars none with it.
        Assert.Empty(await board.Demand.PremiumsAsync(flask));
    }

    [Theory]
    [InlineData(5, 3, 5, 3, true)]
    [InlineData(4, 3, 5, 3, false)]
    [InlineData(5, 2, 5, 3, false)]
    [InlineData(5, 3, 4, 3, false)]
    [InlineData(5, 3, 5, 2, false)]
    public async Task A_comparison_needs_five_postings_from_three_companies_on_each_side(int with, int withCompanies, int without, int withoutCompanies, bool shown)
    {
        await using var board = await Board.OpenAsync(database);
        var django = board.Skill("django");
        var companies = await board.CompaniesAsync(3);
        foreach (var index in Enumerable.Range(0, with))
        {
            await board.PublishAsync([django], companies[index % withCompanies], 80_000m, 90_000m);
        }

        foreach (var index in Enumerable.Range(0, without))
        {
            await board.PublishAsync([], companies[index % withoutCompanies], 60_000m, 70_000m);
        }

        await board.Demand.SnapshotAsync(DateTime.UtcNow);

        Assert.Equal(shown ? 1 : 0, (await board.Demand.PremiumsAsync(django)).Count);
    }

    [Fact]
    public async Task A_comparison_that_no_longer_has_enough_postings_is_removed_at_the_next_count()
    {
        await using var board = await Board.OpenAsync(database);
        var django = board.Skill("django");
        var companies = await board.CompaniesAsync(3);
        var asking = new List<JobPosting>();
        foreach (var index in Enumerable.Range(0, 5))
        {
            asking.Add(await board.PublishAsync([django], companies[index % 3], 80_000m, 90_000m));
            await board.PublishAsync([], companies[index % 3], 60_000m, 70_000m);
        }

        await board.Demand.SnapshotAsync(DateTime.UtcNow);
        Assert.Single(await board.Demand.PremiumsAsync(django));
        asking[0].MarkFilled(DateTime.UtcNow);
        await board.Db.SaveChangesAsync();

        Assert.True(await board.Demand.SnapshotAsync(DateTime.UtcNow) > 0, "the removal is a change");
        Assert.Empty(await board.Demand.PremiumsAsync(django));
    }

    /// <summary>PostgreSQL keeps microseconds; .NET has ticks.</summary>
    private sealed class CountedAtComparer : IEqualityComparer<DateTime>
    {
        public bool Equals(DateTime x, DateTime y) => Math.Abs((x - y).Ticks) < TimeSpan.TicksPerMicrosecond;

        public int GetHashCode(DateTime obj) => 0;
    }

    /// <summary>The seeded content and nothing else on the board, in a transaction that is rolled back when disposed.</summary>
    private sealed class Board : IAsyncDisposable
    {
        private readonly Dictionary<string, int> skills;
        private readonly string recruiter;
        private readonly Company company;

        private Board(AppDbContext db, Dictionary<string, int> skills, int roleId, string recruiter, Company company)
        {
            Db = db;
            this.skills = skills;
            RoleId = roleId;
            this.recruiter = recruiter;
            this.company = company;
            Demand = new SkillDemand(db);
        }

        public AppDbContext Db { get; }

        public SkillDemand Demand { get; }

        public int RoleId { get; }

        public static async Task<Board> OpenAsync(DatabaseFixture database)
        {
            var db = database.CreateContext();
            await new ContentSeeder(db, TimeProvider.System).SeedAsync();
            await db.Database.BeginTransactionAsync();
            await db.JobPostings.ExecuteDeleteAsync();
            var email = $"{Guid.NewGuid():N}@demand.example";
            var company = new Company("Demand Ltd", new Uri("https://demand.example"), "Tools.");
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
            var recruiter = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var role = await db.RoleProfiles.Published().OrderBy(r => r.SortOrder).Select(r => r.Id).FirstAsync();
            return new Board(db, await db.Skills.ToDictionaryAsync(s => s.Slug, s => s.Id), role, recruiter, company);
        }

        public int Skill(string slug) => skills[slug];

        public async Task<IReadOnlyList<Company>> CompaniesAsync(int count)
        {
            var made = Enumerable.Range(1, count).Select(i => new Company($"Demand Company {i}", new Uri($"https://company{i}.demand.example"), "Tools.")).ToList();
            Db.Companies.AddRange(made);
            await Db.SaveChangesAsync();
            return made;
        }

        public Task<JobPosting> PublishAsync(
            int[] skillIds, Company? at = null, decimal minimum = 60_000m, decimal maximum = 80_000m, string currency = "EUR",
            PayPeriod period = PayPeriod.Year, DateTime? publishedAt = null) =>
            StoreAsync(skillIds, PostingStatus.Published, at, minimum, maximum, currency, period, publishedAt);

        public async Task<JobPosting> StoreAsync(
            int[] skillIds, PostingStatus status, Company? at = null, decimal minimum = 60_000m, decimal maximum = 80_000m, string currency = "EUR",
            PayPeriod period = PayPeriod.Year, DateTime? publishedAt = null)
        {
            var when = publishedAt ?? DateTime.UtcNow;
            var roleTitle = await Db.RoleProfiles.Where(r => r.Id == RoleId).Select(r => r.Title).SingleAsync();
            var details = new PostingDetails(
                "Python Developer", RoleId, EmploymentType.FullTime, JobLevel.Mid, "Berlin", "DE", Workplace.OnSite, [], minimum, maximum, currency, period,
                "Write Python.", [.. skillIds], "https://demand.example/apply", null, false, false);
            var posting = new JobPosting(recruiter, at ?? company, details, roleTitle, [], when);
            if (status != PostingStatus.Draft)
            {
                posting.Submit(when);
            }

            if (status == PostingStatus.Published)
            {
                posting.Approve(when, Lifetime);
            }

            Db.JobPostings.Add(posting);
            await Db.SaveChangesAsync();
            return posting;
        }

        public async ValueTask DisposeAsync()
        {
            await Db.Database.RollbackTransactionAsync();
            await Db.DisposeAsync();
        }
    }
}
