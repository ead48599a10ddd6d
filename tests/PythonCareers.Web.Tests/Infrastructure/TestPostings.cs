using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Web.Tests.Infrastructure;

/// <summary>Companies, recruiters and postings written straight to the database, for tests that start past the forms.</summary>
public static class TestPostings
{
    /// <summary>A complete, valid posting; <see cref="PostingAsync"/> fills in the role id from a slug.</summary>
    public static PostingDetails Details(string title = "Senior Python Developer") => new(
        Title: title,
        RoleProfileId: 0,
        EmploymentType: EmploymentType.FullTime,
        Level: JobLevel.Senior,
        City: "Berlin",
        CountryCode: "DE",
        Workplace: Workplace.Hybrid,
        RemoteCountries: [],
        SalaryMin: 70_000m,
        SalaryMax: 90_000m,
        Currency: "EUR",
        SalaryPeriod: PayPeriod.Year,
        Description: "Build **Django** services for our platform.",
        SkillIds: [],
        ApplyUrl: "https://jobs.example.com/apply",
        ApplyEmail: null,
        VisaSponsorship: false,
        Relocation: true);

    /// <summary>A recruiter with a company, stored directly (no password: tests that sign in use the forms).</summary>
    public static async Task<CareerUser> RecruiterAsync(AppDbContext db, string email = "recruiter@example.com", string company = "Snake Oil GmbH")
    {
        var user = new CareerUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString(),
            Company = new Company(company, new Uri("https://example.com"), "We make Python tools."),
            CreatedAt = DateTime.UtcNow,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    /// <summary>Stores a posting for the recruiter and walks it to <paramref name="status"/> through the domain's own workflow.</summary>
    public static async Task<JobPosting> PostingAsync(
        AppDbContext db,
        CareerUser recruiter,
        PostingStatus status = PostingStatus.Published,
        PostingDetails? details = null,
        string role = "python-web-developer",
        DateTime? now = null)
    {
        var when = now ?? DateTime.UtcNow;
        details ??= Details();
        var roleProfile = await db.RoleProfiles.SingleAsync(r => r.Slug == role);
        details = details with { RoleProfileId = roleProfile.Id };
        var skillNames = await db.Skills.Where(s => details.SkillIds.Contains(s.Id)).Select(s => s.Name).ToListAsync();
        var company = await db.Companies.AsTracking().SingleAsync(c => c.Id == recruiter.CompanyId);
        var posting = new JobPosting(recruiter.Id, company, details, roleProfile.Title, skillNames, when);
        if (status is not PostingStatus.Draft and not PostingStatus.Withdrawn)
        {
            posting.Submit(when);
        }

        switch (status)
        {
            case PostingStatus.Published or PostingStatus.Expired or PostingStatus.Filled:
                posting.Approve(when, TimeSpan.FromDays(30));
                if (status == PostingStatus.Filled)
                {
                    posting.MarkFilled(when);
                }

                break;
            case PostingStatus.Rejected:
                posting.Reject("Salary missing or implausible", when);
                break;
            case PostingStatus.Withdrawn:
                posting.Withdraw(when);
                break;
        }

        db.JobPostings.Add(posting);
        await db.SaveChangesAsync();
        if (status == PostingStatus.Expired)
        {
            await db.Database.ExecuteSqlAsync($"UPDATE job_postings SET status = 'Expired', expires_at = now() - interval '1 day', closed_at = now() WHERE id = {posting.Id}");
        }

        return posting;
    }
}
