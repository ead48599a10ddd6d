using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PythonCareers.Core;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Benchmarks;

/// <summary>
/// Realistic live postings in bulk: Bogus picks titles, places, pay and prose; PostgreSQL's binary COPY writes them
/// (the generated search vector and yearly salary columns are computed by the database as for any insert).
/// </summary>
internal static class PostingGenerator
{
    private static readonly (string Country, string Currency, string[] Cities, decimal YearlyFrom, decimal YearlyTo)[] Markets =
    [
        ("US", "USD", ["New York", "San Francisco", "Austin", "Seattle", "Boston", "Chicago"], 60_000m, 190_000m),
        ("DE", "EUR", ["Berlin", "Munich", "Hamburg", "Cologne", "Frankfurt"], 45_000m, 110_000m),
        ("GB", "GBP", ["London", "Manchester", "Edinburgh", "Bristol", "Leeds"], 40_000m, 110_000m),
        ("NL", "EUR", ["Amsterdam", "Rotterdam", "Utrecht"], 45_000m, 100_000m),
        ("FR", "EUR", ["Paris", "Lyon", "Toulouse"], 40_000m, 95_000m),
        ("CA", "CAD", ["Toronto", "Vancouver", "Montreal"], 70_000m, 160_000m),
        ("IN", "INR", ["Bengaluru", "Pune", "Hyderabad"], 800_000m, 4_500_000m),
        ("PL", "PLN", ["Warsaw", "Krakow", "Wroclaw"], 120_000m, 360_000m),
    ];

    private static readonly string[] Seniority = ["Junior", "", "Senior", "Lead", "Staff"];

    private static readonly string[] Topics =
    [
        "Django", "Flask", "FastAPI", "Data", "Machine Learning", "Backend", "Platform", "Automation", "Test Automation", "Data Engineering",
        "MLOps", "API", "Cloud", "Analytics", "Computer Vision", "NLP",
    ];

    public static async Task<int> GenerateAsync(AppDbContext db, NpgsqlConnection connection, int count, int seed)
    {
        var roles = await db.RoleProfiles.Select(r => new { r.Id, r.Title }).ToListAsync();
        var skills = await db.Skills.Select(s => new { s.Id, s.Name }).ToListAsync();
        var recruiter = await db.Users.Include(u => u.Company).FirstAsync(u => u.CompanyId != null);
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        var now = DateTime.UtcNow;

        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY job_postings (recruiter_id, company_id, company_name, status, title, slug, role_profile_id, role_title, employment_type, level, " +
            "city, country_code, workplace, remote_countries, salary_min, salary_max, currency, salary_period, description, skill_ids, skill_names, " +
            "apply_url, visa_sponsorship, relocation, created_at, updated_at, submitted_at, published_at, expires_at) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < count; i++)
        {
            var market = faker.PickRandom(Markets);
            var role = faker.PickRandom(roles);
            var level = faker.PickRandom<JobLevel>();
            var title = string.Join(' ', new[] { faker.PickRandom(Seniority), faker.PickRandom(Topics), faker.PickRandom("Python Developer", "Python Engineer", role.Title) }.Where(w => w.Length > 0));
            var postingSkills = faker.PickRandom(skills, faker.Random.Int(2, 7)).ToList();
            var workplace = faker.PickRandom<Workplace>();
            var period = faker.Random.WeightedRandom([PayPeriod.Year, PayPeriod.Month, PayPeriod.Hour], [0.8f, 0.1f, 0.1f]);
            var factor = period switch { PayPeriod.Month => 12m, PayPeriod.Hour => 1760m, _ => 1m };
            var yearlyMin = Thousands(faker.Random.Decimal(market.YearlyFrom, market.YearlyTo * 0.8m));
            var yearlyMax = yearlyMin + Thousands(faker.Random.Decimal(0.05m, 0.4m) * yearlyMin);
            var published = now.AddDays(-faker.Random.Double(0, 29));
            var company = faker.Company.CompanyName();

            await writer.StartRowAsync();
            await writer.WriteAsync(recruiter.Id);
            await writer.WriteAsync(recruiter.CompanyId!.Value);
            await writer.WriteAsync(company);
            await writer.WriteAsync(nameof(PostingStatus.Published));
            await writer.WriteAsync(title);
            await writer.WriteAsync(PythonCareers.Core.Common.Slug.FromText(title));
            await writer.WriteAsync(role.Id);
            await writer.WriteAsync(role.Title);
            await writer.WriteAsync(faker.PickRandom<EmploymentType>().ToString());
            await writer.WriteAsync(level.ToString());
            await writer.WriteAsync(faker.PickRandom(market.Cities));
            await writer.WriteAsync(market.Country);
            await writer.WriteAsync(workplace.ToString());
            await writer.WriteAsync(workplace == Workplace.Remote ? faker.PickRandom(Markets.Select(m => m.Country), faker.Random.Int(1, 3)).Distinct().ToArray() : Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            await writer.WriteAsync(Math.Round(yearlyMin / factor, 2), NpgsqlDbType.Numeric);
            await writer.WriteAsync(Math.Round(yearlyMax / factor, 2), NpgsqlDbType.Numeric);
            await writer.WriteAsync(market.Currency);
            await writer.WriteAsync(period.ToString());
            await writer.WriteAsync($"{company} is hiring. {faker.Lorem.Paragraphs(3)}\n\nYou will work with {string.Join(", ", postingSkills.Select(s => s.Name))}. {faker.Hacker.Phrase()}");
            await writer.WriteAsync(postingSkills.Select(s => s.Id).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Integer);
            await writer.WriteAsync(string.Join(", ", postingSkills.Select(s => s.Name).Order(StringComparer.Ordinal)));
            await writer.WriteAsync($"https://jobs.example.com/{i}");
            await writer.WriteAsync(faker.Random.Bool(0.2f));
            await writer.WriteAsync(faker.Random.Bool(0.3f));
            await writer.WriteAsync(published.AddDays(-1), NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(published, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(published.AddDays(-1), NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(published, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(published.AddDays(30), NpgsqlDbType.TimestampTz);
        }

        await writer.CompleteAsync();
        return count;
    }

    private static decimal Thousands(decimal amount) => Math.Round(amount / 1000m) * 1000m;

    public const string RecruiterEmail = "bench@pythoncareers.example";

    private const string NormalizedRecruiterEmail = "BENCH@PYTHONCAREERS.EXAMPLE";

    /// <summary>
    /// The recruiter whose company the generated postings belong to, confirmed and in the Recruiter role, made once; the
    /// password is set anew on every run (the benchmark script makes one up and signs in with it: none is kept anywhere).
    /// </summary>
    public static async Task RecruiterAsync(AppDbContext db, string password)
    {
        var recruiter = await db.Users.AsTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == NormalizedRecruiterEmail);
        if (recruiter is null)
        {
            recruiter = new CareerUser
            {
                UserName = RecruiterEmail,
                NormalizedUserName = NormalizedRecruiterEmail,
                Email = RecruiterEmail,
                NormalizedEmail = NormalizedRecruiterEmail,
                EmailConfirmed = true,
                SecurityStamp = Guid.NewGuid().ToString(),
                CreatedAt = DateTime.UtcNow,
                Company = new Company("Benchmark Corp", new Uri("https://bench.example"), "Makes postings."),
            };
            db.Users.Add(recruiter);
            var role = await db.Roles.Where(r => r.Name == CareerRoles.Recruiter).Select(r => r.Id).SingleAsync();
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = recruiter.Id, RoleId = role });
        }

        recruiter.PasswordHash = new PasswordHasher<CareerUser>().HashPassword(recruiter, password);
        await db.SaveChangesAsync();
    }
}
