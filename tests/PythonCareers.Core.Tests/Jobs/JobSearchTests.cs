using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Content;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Tests.Database;

namespace PythonCareers.Core.Tests.Jobs;

/// <summary>The search itself over PostgreSQL, below any page: what matches, what the facets count, what is never found.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class JobSearchTests(DatabaseFixture database) : IAsyncLifetime
{
    private const string RecruiterEmail = "search-tests@snakeoil.example";

    public async Task InitializeAsync()
    {
        await using var db = database.CreateContext();
        await new ContentSeeder(db, TimeProvider.System).SeedAsync();
        await RemovePostingsAsync(db);
        var company = new Company("Snake Oil GmbH", new Uri("https://snakeoil.example"), "We make Python tools.");
        var recruiter = new CareerUser
        {
            UserName = RecruiterEmail,
            NormalizedUserName = RecruiterEmail.ToUpperInvariant(),
            Email = RecruiterEmail,
            NormalizedEmail = RecruiterEmail.ToUpperInvariant(),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString(),
            Company = company,
            CreatedAt = DateTime.UtcNow,
        };
        db.Users.Add(recruiter);
        await db.SaveChangesAsync();

        var now = DateTime.UtcNow;
        await AddAsync(db, recruiter, company, "Django Developer", "Build Django services.", "DE", JobLevel.Senior, 6_000m, PayPeriod.Month, now);
        await AddAsync(db, recruiter, company, "Flask Developer", "Build Flask APIs.", "DE", JobLevel.Mid, 50_000m, PayPeriod.Year, now);
        await AddAsync(db, recruiter, company, "Django Engineer", "Django and Celery at scale.", "US", JobLevel.Senior, 150_000m, PayPeriod.Year, now);
        await AddAsync(db, recruiter, company, "Django Developer (expired)", "Django, long gone.", "DE", JobLevel.Senior, 90_000m, PayPeriod.Year, now.AddDays(-40));
        await AddAsync(db, recruiter, company, "Django Developer (draft)", "Django, not yet submitted.", "DE", JobLevel.Senior, 90_000m, PayPeriod.Year, now, publish: false);
    }

    public async Task DisposeAsync()
    {
        await using var db = database.CreateContext();
        await RemovePostingsAsync(db);
    }

    [Fact]
    public async Task Words_find_only_live_postings_that_contain_them()
    {
        var result = await SearchAsync(Criteria(text: "django"));

        Assert.Equal(["Django Developer", "Django Engineer"], result.Postings.Select(p => p.Title).Order(StringComparer.Ordinal));
        Assert.Equal(2, result.Count);
    }

    [Fact]
    public async Task Each_facet_counts_what_its_values_would_give_with_the_other_filters_kept()
    {
        var result = await SearchAsync(Criteria(text: "django", country: "DE"));

        Assert.Equal(["Django Developer"], result.Postings.Select(p => p.Title));
        var countries = result.Facets.Countries.ToDictionary(o => o.Value, o => o.Count);
        Assert.Equal(1, countries["de"]);
        Assert.Equal(1, countries["us"]);
        var levels = result.Facets.Levels.ToDictionary(o => o.Value, o => o.Count);
        Assert.Equal(1, levels["senior"]);
        Assert.Equal(0, levels["mid"]);
    }

    [Fact]
    public async Task A_salary_floor_compares_a_year_of_pay_in_the_same_currency()
    {
        var result = await SearchAsync(Criteria(currency: "EUR", floor: 70_000m));

        Assert.Equal(["Django Developer"], result.Postings.Select(p => p.Title));
    }

    private static JobSearchCriteria Criteria(string? text = null, string? country = null, string? currency = null, decimal? floor = null) =>
        JobSearchCriteria.Everything with
        {
            Text = text,
            CountryCode = country,
            Currency = currency,
            SalaryFloor = floor,
            Sort = JobSearchCriteria.DefaultSort(text),
        };

    private async Task<JobSearchResult> SearchAsync(JobSearchCriteria criteria)
    {
        await using var db = database.CreateContext();
        return await new JobSearch(db).RunAsync(criteria, CancellationToken.None);
    }

    private static async Task AddAsync(
        AppDbContext db,
        CareerUser recruiter,
        Company company,
        string title,
        string description,
        string country,
        JobLevel level,
        decimal salary,
        PayPeriod period,
        DateTime approvedAt,
        bool publish = true)
    {
        var role = await db.RoleProfiles.SingleAsync(r => r.Slug == "python-web-developer");
        var details = new PostingDetails(
            title, role.Id, EmploymentType.FullTime, level, "Berlin", country, Workplace.OnSite, [], salary, salary * 1.2m, "EUR", period,
            description, [], "https://snakeoil.example/apply", null, false, false);
        if (country == "US")
        {
            details = details with { City = "Boston", Currency = "USD" };
        }

        var posting = new JobPosting(recruiter.Id, company, details, role.Title, [], approvedAt);
        if (publish)
        {
            posting.Submit(approvedAt);
            posting.Approve(approvedAt, TimeSpan.FromDays(30));
        }

        db.JobPostings.Add(posting);
        await db.SaveChangesAsync();
    }

    private static async Task RemovePostingsAsync(AppDbContext db)
    {
        await db.JobPostings.Where(p => p.Company.Name == "Snake Oil GmbH").ExecuteDeleteAsync();
        await db.Users.Where(u => u.Email == RecruiterEmail).ExecuteDeleteAsync();
        await db.Companies.Where(c => c.Name == "Snake Oil GmbH").ExecuteDeleteAsync();
    }
}
