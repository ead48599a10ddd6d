using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.Jobs;

/// <summary>
/// What a recruiter does with their own postings. Every lookup is scoped to the recruiter, so another recruiter's
/// posting id finds nothing (the web layer answers 404).
/// </summary>
public sealed class RecruiterPostings(AppDbContext db, TimeProvider clock, IOptions<JobsOptions> options, BoardMetrics metrics)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<JobPosting?> FindAsync(string recruiterId, int id, CancellationToken cancellationToken = default) =>
        db.JobPostings.AsTracking().SingleOrDefaultAsync(p => p.Id == id && p.RecruiterId == recruiterId && p.RevisionOfId == null, cancellationToken);

    /// <summary>The pending or rejected revision of a live posting, if there is one.</summary>
    public Task<JobPosting?> FindRevisionAsync(string recruiterId, int id, CancellationToken cancellationToken = default) =>
        db.JobPostings.AsTracking().SingleOrDefaultAsync(p => p.RevisionOfId == id && p.RecruiterId == recruiterId, cancellationToken);

    public async Task<JobPosting> CreateAsync(string recruiterId, PostingDetails details, bool submit, CancellationToken cancellationToken = default)
    {
        var company = await db.Users.Where(u => u.Id == recruiterId).Select(u => u.Company).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainRuleException("Your account has no company: only recruiters can post.");
        db.Attach(company);
        var (roleTitle, skillNames) = await NamesAsync(details, cancellationToken);
        var posting = new JobPosting(recruiterId, company, details, roleTitle, skillNames, Now);
        if (submit)
        {
            posting.Submit(Now);
        }

        db.JobPostings.Add(posting);
        await db.SaveChangesAsync(cancellationToken);
        if (submit)
        {
            metrics.PostingSubmitted();
        }

        return posting;
    }

    /// <summary>
    /// A draft or rejected posting changes in place. A live posting stays as it is and gets a revision that goes to review;
    /// a revision made earlier is replaced by the new one.
    /// </summary>
    public async Task<bool> EditAsync(JobPosting posting, PostingDetails details, bool submit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var (roleTitle, skillNames) = await NamesAsync(details, cancellationToken);
        var now = Now;
        var revised = posting.IsLiveAt(now);
        if (revised)
        {
            if (await FindRevisionAsync(posting.RecruiterId, posting.Id, cancellationToken) is { } earlier)
            {
                db.JobPostings.Remove(earlier);
            }

            db.JobPostings.Add(posting.CreateRevision(details, roleTitle, skillNames, now));
        }
        else
        {
            posting.Edit(details, roleTitle, skillNames, now);
            if (submit)
            {
                posting.Submit(now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (revised || submit)
        {
            metrics.PostingSubmitted();
        }

        return revised;
    }

    public async Task SubmitAsync(JobPosting posting, CancellationToken cancellationToken = default)
    {
        await ChangeAsync(posting, p => p.Submit(Now), cancellationToken);
        metrics.PostingSubmitted();
    }

    public Task RecallAsync(JobPosting posting, CancellationToken cancellationToken = default) => ChangeAsync(posting, p => p.Recall(Now), cancellationToken);

    public Task RenewAsync(JobPosting posting, CancellationToken cancellationToken = default) =>
        ChangeAsync(posting, p => p.Renew(Now, options.Value.PostingLifetime), cancellationToken);

    public Task MarkFilledAsync(JobPosting posting, CancellationToken cancellationToken = default) => CloseAsync(posting, p => p.MarkFilled(Now), cancellationToken);

    public Task WithdrawAsync(JobPosting posting, CancellationToken cancellationToken = default) => CloseAsync(posting, p => p.Withdraw(Now), cancellationToken);

    public async Task<JobPosting> DuplicateAsync(JobPosting posting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var copy = posting.Duplicate(Now);
        db.JobPostings.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        return copy;
    }

    /// <summary>Closes a posting; a revision still waiting for it can never go live, so it leaves the review queue too.</summary>
    private async Task CloseAsync(JobPosting posting, Action<JobPosting> close, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posting);
        if (await FindRevisionAsync(posting.RecruiterId, posting.Id, cancellationToken) is { } revision)
        {
            db.JobPostings.Remove(revision);
        }

        await ChangeAsync(posting, close, cancellationToken);
    }

    private async Task ChangeAsync(JobPosting posting, Action<JobPosting> change, CancellationToken cancellationToken)
    {
        change(posting);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<(string RoleTitle, List<string> SkillNames)> NamesAsync(PostingDetails details, CancellationToken cancellationToken)
    {
        var roleTitle = await db.RoleProfiles.Where(r => r.Id == details.RoleProfileId).Select(r => r.Title).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainRuleException("Choose a role from the list.");
        var skillNames = await db.Skills.Where(s => details.SkillIds.Contains(s.Id)).OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(cancellationToken);
        return (roleTitle, skillNames);
    }
}
