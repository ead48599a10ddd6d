using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Audit;

namespace PythonCareers.Core.Accounts;

/// <summary>A recruiter's edits of their own company's profile: only ever the company their account belongs to.</summary>
public sealed class CompanyProfiles(AppDbContext db)
{
    /// <summary>The recruiter's company, or null for an account that has none.</summary>
    public Task<Company?> OfRecruiterAsync(string recruiterId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == recruiterId).Select(u => u.Company).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Changes the recruiter's company and, in the same transaction, the company name its postings carry for search, so the
    /// pages and the search agree. Answers false when the account has no company.
    /// </summary>
    public async Task<bool> UpdateAsync(string recruiterId, string name, Uri website, string description, CancellationToken cancellationToken)
    {
        var changed = false;
        await db.InOneTransactionAsync(
            async () =>
            {
                var company = await db.Users.AsTracking().Where(u => u.Id == recruiterId).Select(u => u.Company).SingleOrDefaultAsync(cancellationToken);
                if (company is null)
                {
                    return false;
                }

                company.Update(name, website, description);
                await db.JobPostings.Where(p => p.CompanyId == company.Id && p.CompanyName != company.Name)
                    .ExecuteUpdateAsync(set => set.SetProperty(p => p.CompanyName, company.Name), cancellationToken);
                changed = true;
                return true;
            },
            cancellationToken);
        return changed;
    }
}
