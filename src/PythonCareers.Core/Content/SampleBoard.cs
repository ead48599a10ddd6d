using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Content;

/// <summary>
/// A first look at a board that has no postings yet: a few dozen live postings from six made-up companies, each company
/// marked <see cref="Company.IsSample"/> so that every page showing one of them says it is a sample. For development
/// only: the web project decides when (never in Production). The postings go through the domain's own workflow
/// (submitted, approved), spread over every role, five countries, each level and workplace, published over the last
/// three weeks.
/// </summary>
public sealed class SampleBoard(AppDbContext db, TimeProvider clock, IOptions<JobsOptions> options)
{
    public const int PostingsPerCompany = 6;

    private static readonly (string Name, string Website, string Business)[] Companies =
    [
        ("Tidewater Analytics", "https://tidewater.example", "forecasts demand for shipping lines and ports"),
        ("Quillfeather Labs", "https://quillfeather.example", "builds language tools for newsrooms"),
        ("Brightmoor Health Data", "https://brightmoor.example", "turns clinic records into research datasets"),
        ("Copperline Payments", "https://copperline.example", "runs payment APIs for small online shops"),
        ("Northgate Robotics", "https://northgate.example", "writes the software that steers warehouse robots"),
        ("Meadowlark Learning", "https://meadowlark.example", "makes coding courses for schools"),
    ];

    private static readonly (string Country, string Currency, string City, decimal Yearly)[] Markets =
    [
        ("DE", "EUR", "Berlin", 62_000m),
        ("GB", "GBP", "Manchester", 55_000m),
        ("US", "USD", "Austin", 105_000m),
        ("NL", "EUR", "Utrecht", 58_000m),
        ("PL", "PLN", "Krakow", 180_000m),
    ];

    private static readonly string[] Topics = ["Forecasting", "APIs", "Data Platform", "Testing", "Search", "Tooling", "Pipelines"];

    /// <summary>
    /// Fills the board when it has no postings and no sample company at all; returns how many it added. Once made, the
    /// samples live and expire like any posting: an expired sample board is not filled again (a new database is).
    /// </summary>
    public async Task<int> FillIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.JobPostings.AnyAsync(cancellationToken) || await db.Companies.AnyAsync(c => c.IsSample, cancellationToken))
        {
            return 0;
        }

        var roles = await db.RoleProfiles.Where(r => r.IsPublished).OrderBy(r => r.SortOrder).Include(r => r.Skills).AsTracking().ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = options.Value.PostingLifetime;
        var count = 0;
        foreach (var (company, companyIndex) in Companies.Select((c, i) => (c, i)))
        {
            var recruiter = Recruiter(company.Name, company.Website, company.Business, now);
            db.Users.Add(recruiter);
            for (var n = 0; n < PostingsPerCompany && roles.Count > 0; n++)
            {
                // Interleaved, so that the newest postings come from every company.
                var index = (n * Companies.Length) + companyIndex;
                var role = roles[index % roles.Count];
                var published = now.AddHours(-(index * 13) - 1);
                var posting = new JobPosting(recruiter.Id, recruiter.Company!, Details(company.Name, role.Id, role.Title, [.. role.Skills.Select(s => s.Id)], index), role.Title, role.Skills.Select(s => s.Name), published);
                posting.Submit(published);
                posting.Approve(published, lifetime);
                db.JobPostings.Add(posting);
                count++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return count;
    }

    private static CareerUser Recruiter(string company, string website, string business, DateTime now)
    {
        var email = $"sample-recruiter@{new Uri(website).Host}";
        return new CareerUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString(),
            CreatedAt = now,
            Company = Company.Sample(company, new Uri(website), $"A sample company, made up to show how PythonCareers looks: it {business}. It is not hiring."),
        };
    }

    private static PostingDetails Details(string company, int roleId, string roleTitle, IReadOnlyList<int> roleSkills, int index)
    {
        var market = Markets[index % Markets.Length];
        var level = (JobLevel)(index % 4);
        var workplace = (Workplace)(index % 3);
        var freelance = index % 7 == 3;
        var levelFactor = level switch { JobLevel.Entry => 0.7m, JobLevel.Mid => 1m, JobLevel.Senior => 1.3m, _ => 1.55m };
        var yearly = Math.Round(market.Yearly * levelFactor * (1m + (index % 5 * 0.03m)) / 1000m) * 1000m;
        var (minimum, maximum, period) = freelance
            ? (Math.Round(yearly / 200m / 10m) * 10m, Math.Round(yearly / 170m / 10m) * 10m, PayPeriod.Day)
            : (yearly, yearly + Math.Round(yearly * 0.2m / 1000m) * 1000m, PayPeriod.Year);
        var levelWord = level switch { JobLevel.Entry => "Junior", JobLevel.Mid => "", JobLevel.Senior => "Senior", _ => "Lead" };
        var topic = Topics[index % Topics.Length];
        return new PostingDetails(
            Title: $"{levelWord} {roleTitle} ({topic})".Trim(),
            RoleProfileId: roleId,
            EmploymentType: freelance ? EmploymentType.Freelance : index % 9 == 5 ? EmploymentType.Contract : EmploymentType.FullTime,
            Level: level,
            City: market.City,
            CountryCode: market.Country,
            Workplace: workplace,
            RemoteCountries: workplace == Workplace.Remote ? [market.Country, Markets[(index + 1) % Markets.Length].Country] : [],
            SalaryMin: minimum,
            SalaryMax: maximum,
            Currency: market.Currency,
            SalaryPeriod: period,
            Description: $"""
                **This is a sample posting.** {company} is made up, and so is this job: it is here to show how a posting on PythonCareers looks.

                ## What you would do
                Work on {topic.ToLowerInvariant()} as a {roleTitle.ToLowerInvariant()}, with a small team that reviews each other's code and ships every week.

                ## What you would bring
                - Python you enjoy reading a year later
                - Curiosity about the data and the people behind it
                """,
            SkillIds: [.. roleSkills.Skip(index % 3).Take(4)],
            ApplyUrl: null,
            ApplyEmail: $"jobs@{company.Split(' ')[0].ToLowerInvariant()}.example",
            VisaSponsorship: index % 4 == 1,
            Relocation: index % 5 == 2);
    }
}
