using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PythonCareers.Core;
using PythonCareers.Core.Common;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Mail;
using PythonCareers.Web.Features.Jobs;
using PythonCareers.Web.Features.Recruiter.Postings;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Admin.Moderation;

/// <summary>The review queue: every new posting and every change to a live one passes an editor here, oldest first.</summary>
[Route("admin/moderation")]
public sealed class ModerationController(AppDbContext db, PythonCareers.Core.Jobs.Moderation moderation, MailOutbox outbox, IOptions<SiteOptions> site, MarkdownRenderer markdown) : AdminController(db)
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] QueueFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var roles = await Db.RoleProfiles.OrderBy(r => r.SortOrder).Select(r => new Choice(r.Slug, r.Title)).ToListAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new QueueViewModel(filter, [], roles));
        }

        var waiting = Db.JobPostings.Where(p => p.Status == PostingStatus.InReview);
        waiting = filter.Kind switch
        {
            QueueFilter.NewPostings => waiting.Where(p => p.RevisionOfId == null),
            QueueFilter.Revisions => waiting.Where(p => p.RevisionOfId != null),
            _ => waiting,
        };
        if (!string.IsNullOrEmpty(filter.Role))
        {
            waiting = waiting.Where(p => p.RoleProfile.Slug == filter.Role);
        }

        if (!string.IsNullOrWhiteSpace(filter.Company))
        {
            var pattern = LikePattern.Containing(filter.Company);
            waiting = waiting.Where(p => EF.Functions.ILike(p.CompanyName, pattern));
        }

        var queue = await waiting
            .OrderBy(p => p.SubmittedAt).ThenBy(p => p.Id)
            .Select(p => new QueueRow(p.Id, p.Title, p.CompanyName, p.RoleTitle, p.SubmittedAt, p.RevisionOfId != null))
            .ToListAsync(cancellationToken);
        return View(new QueueViewModel(filter, queue, roles));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Review(int id, CancellationToken cancellationToken)
    {
        var posting = await moderation.FindInReviewAsync(id, cancellationToken);
        return posting is null ? await NotInReviewAsync(id, cancellationToken) : View(await ReviewModelAsync(posting, new RejectForm(), cancellationToken));
    }

    [HttpPost("{id:int}/approve")]
    public async Task<IActionResult> Approve(int id, CancellationToken cancellationToken)
    {
        var posting = await moderation.FindInReviewAsync(id, cancellationToken);
        if (posting is null)
        {
            return await NotInReviewAsync(id, cancellationToken);
        }

        // The decision and the mail that tells the recruiter of it are stored together, or neither is.
        var result = EditResult.Saved;
        await Db.InOneTransactionAsync(
            async () =>
            {
                result = await moderation.ApproveAsync(posting, User.ToAuditActor(), cancellationToken);
                if (result.Outcome != EditOutcome.Saved)
                {
                    return false;
                }

                var live = await Db.JobPostings.SingleAsync(p => p.Id == (posting.RevisionOfId ?? posting.Id), cancellationToken);
                var link = new Uri(site.Value.PublicOrigin, Url.Posting(live.Id, live.Slug));
                outbox.Queue(
                    posting.Recruiter.Email!,
                    $"Approved: {live.Title}",
                    $"Your posting \"{live.Title}\" is live{(posting.IsRevision ? " with your changes" : "")}:\n\n{link}\n");
                return true;
            },
            cancellationToken);
        return result.Outcome == EditOutcome.Saved ? RedirectToAction(nameof(Index)) : Refusal("That could not be done", result.Reason!);
    }

    [HttpPost("{id:int}/reject")]
    public async Task<IActionResult> Reject(int id, RejectForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var posting = await moderation.FindInReviewAsync(id, cancellationToken);
        if (posting is null)
        {
            return await NotInReviewAsync(id, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            return await InvalidReviewAsync(posting, form, cancellationToken);
        }

        var result = EditResult.Saved;
        await Db.InOneTransactionAsync(
            async () =>
            {
                result = await moderation.RejectAsync(posting, form.Reason, User.ToAuditActor(), cancellationToken);
                if (result.Outcome != EditOutcome.Saved)
                {
                    return false;
                }

                outbox.Queue(
                    posting.Recruiter.Email!,
                    $"Not approved: {posting.Title}",
                    $"An editor did not approve \"{posting.Title}\":\n\n{form.Reason}\n\nYou can change it and send it again:\n\n{RecruiterPage(posting)}\n");
                return true;
            },
            cancellationToken);
        return result.Outcome == EditOutcome.Saved ? RedirectToAction(nameof(Index)) : Refusal("That could not be done", result.Reason!);
    }

    [HttpPost("{id:int}/comments")]
    public async Task<IActionResult> Comment(int id, CommentForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var posting = await moderation.FindInReviewAsync(id, cancellationToken);
        if (posting is null)
        {
            return await NotInReviewAsync(id, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            return await InvalidReviewAsync(posting, new RejectForm(), cancellationToken);
        }

        await Db.InOneTransactionAsync(
            async () =>
            {
                await moderation.CommentAsync(posting, User.ToAuditActor(), byEditor: true, form.Body!, cancellationToken);
                outbox.Queue(
                    posting.Recruiter.Email!,
                    $"A question about: {posting.Title}",
                    $"An editor wrote about \"{posting.Title}\":\n\n{form.Body}\n\nAnswer here:\n\n{RecruiterPage(posting)}\n");
                return true;
            },
            cancellationToken);
        return RedirectToAction(nameof(Review), new { id });
    }

    /// <summary>A posting someone else already decided on gets a 409 that says so; an unknown id gets 404.</summary>
    private async Task<IActionResult> NotInReviewAsync(int id, CancellationToken cancellationToken)
    {
        var status = await Db.JobPostings.Where(p => p.Id == id).Select(p => (PostingStatus?)p.Status).SingleOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            return NotFound();
        }

        return Refusal("Already decided", $"This posting is no longer waiting for review: it is already {status.Value.DisplayName().ToLowerInvariant()}.");
    }

    /// <summary>The review page again, with the messages next to the fields, as a 400.</summary>
    private async Task<ViewResult> InvalidReviewAsync(JobPosting posting, RejectForm form, CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Review", await ReviewModelAsync(posting, form, cancellationToken));
    }

    /// <summary>Where the recruiter sees the posting (a revision's page is its live posting's).</summary>
    private Uri RecruiterPage(JobPosting posting) => new(site.Value.PublicOrigin, Url.Action(nameof(PostingsController.Show), "Postings", new { area = "Recruiter", id = posting.RevisionOfId ?? posting.Id })!);

    private async Task<ReviewViewModel> ReviewModelAsync(JobPosting posting, RejectForm form, CancellationToken cancellationToken)
    {
        var live = posting.RevisionOfId is { } liveId
            ? await Db.JobPostings.Where(p => p.Id == liveId).Select(p => new RevisedPosting(p.Id, p.Title)).SingleAsync(cancellationToken)
            : null;
        var thread = await moderation.ThreadAsync(posting.RevisionOfId ?? posting.Id, ThreadReader.Staff, cancellationToken);
        return new ReviewViewModel(PostingOverview.From(posting, markdown), live, form, thread);
    }
}
