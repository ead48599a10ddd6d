using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Recruiter.Postings;

/// <summary>A recruiter's own postings. Any id that is not theirs answers 404, whatever it points at.</summary>
[Area("Recruiter")]
[Route("recruiter/postings")]
[Authorize(Roles = CareerRoles.Recruiter)]
public sealed class PostingsController(
    AppDbContext db, RecruiterPostings postings, Moderation moderation, SalaryPlausibility plausibility, TimeProvider clock, MarkdownRenderer markdown) : Controller
{
    private string RecruiterId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var own = await db.JobPostings
            .Where(p => p.RecruiterId == RecruiterId && p.RevisionOfId == null)
            .OrderByDescending(p => p.UpdatedAt)
            .Select(p => new PostingRow(
                p.Id,
                p.Title,
                p.Slug,
                p.Status,
                p.ExpiresAt,
                db.JobPostings.Where(r => r.RevisionOfId == p.Id).Select(r => (PostingStatus?)r.Status).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return View(own);
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("Edit", await EditorAsync(null, new PostingForm(), isLive: false, cancellationToken));

    [HttpPost("new")]
    [EnableRateLimiting(RateLimits.Posting)]
    public async Task<IActionResult> Create(PostingForm form, string? intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(null, form, isLive: false, cancellationToken);
        }

        var (details, warnings) = await CheckedAsync(form, cancellationToken);
        if (warnings.Count > 0 && !form.SalaryConfirmed)
        {
            return await WarnAsync(null, form, isLive: false, warnings, cancellationToken);
        }

        var posting = await postings.CreateAsync(RecruiterId, details, submit: intent == "submit", cancellationToken);
        return RedirectToAction(nameof(Show), new { id = posting.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        var posting = await postings.FindAsync(RecruiterId, id, cancellationToken);
        if (posting is null)
        {
            return NotFound();
        }

        return View(await PageAsync(posting, cancellationToken));
    }

    [HttpPost("{id:int}/comments")]
    public async Task<IActionResult> Comment(int id, CommentForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var posting = await postings.FindAsync(RecruiterId, id, cancellationToken);
        if (posting is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Show), await PageAsync(posting, cancellationToken));
        }

        await moderation.CommentAsync(posting, User.ToAuditActor(), byEditor: false, form.Body!, cancellationToken);
        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var posting = await postings.FindAsync(RecruiterId, id, cancellationToken);
        if (posting is null)
        {
            return NotFound();
        }

        var now = Now;
        if (!posting.CanEdit(now))
        {
            return Conflict(posting.Status);
        }

        var source = await postings.FindRevisionAsync(RecruiterId, id, cancellationToken) ?? posting;
        return View(await EditorAsync(id, PostingForm.From(source.ToDetails()), posting.IsLiveAt(now), cancellationToken));
    }

    [HttpPost("{id:int}/edit")]
    [EnableRateLimiting(RateLimits.Posting)]
    public async Task<IActionResult> Update(int id, PostingForm form, string? intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var posting = await postings.FindAsync(RecruiterId, id, cancellationToken);
        if (posting is null)
        {
            return NotFound();
        }

        var now = Now;
        if (!posting.CanEdit(now))
        {
            return Conflict(posting.Status);
        }

        if (!ModelState.IsValid)
        {
            return await InvalidAsync(id, form, posting.IsLiveAt(now), cancellationToken);
        }

        var (details, warnings) = await CheckedAsync(form, cancellationToken);
        if (warnings.Count > 0 && !form.SalaryConfirmed)
        {
            return await WarnAsync(id, form, posting.IsLiveAt(now), warnings, cancellationToken);
        }

        await postings.EditAsync(posting, details, submit: intent == "submit", cancellationToken);
        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpPost("{id:int}/submit")]
    [EnableRateLimiting(RateLimits.Posting)]
    public Task<IActionResult> Submit(int id, CancellationToken cancellationToken) => ActAsync(id, postings.SubmitAsync, cancellationToken);

    [HttpPost("{id:int}/recall")]
    public Task<IActionResult> Recall(int id, CancellationToken cancellationToken) => ActAsync(id, postings.RecallAsync, cancellationToken);

    [HttpPost("{id:int}/renew")]
    public Task<IActionResult> Renew(int id, CancellationToken cancellationToken) => ActAsync(id, postings.RenewAsync, cancellationToken);

    [HttpPost("{id:int}/fill")]
    public Task<IActionResult> Fill(int id, CancellationToken cancellationToken) => ActAsync(id, postings.MarkFilledAsync, cancellationToken);

    [HttpPost("{id:int}/withdraw")]
    public Task<IActionResult> Withdraw(int id, CancellationToken cancellationToken) => ActAsync(id, postings.WithdrawAsync, cancellationToken);

    [HttpPost("{id:int}/duplicate")]
    [EnableRateLimiting(RateLimits.Posting)]
    public async Task<IActionResult> Duplicate(int id, CancellationToken cancellationToken)
    {
        var posting = await postings.FindAsync(RecruiterId, id, cancellationToken);
        if (posting is null)
        {
            return NotFound();
        }

        var copy = await postings.DuplicateAsync(posting, cancellationToken);
        return RedirectToAction(nameof(Edit), new { id = copy.Id });
    }

    private async Task<IActionResult> ActAsync(int id, Func<JobPosting, CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        var posting = await postings.FindAsync(RecruiterId, id, cancellationToken);
        if (posting is null)
        {
            return NotFound();
        }

        await action(posting, cancellationToken);
        return RedirectToAction(nameof(Show), new { id });
    }

    private async Task<RecruiterPostingViewModel> PageAsync(JobPosting posting, CancellationToken cancellationToken)
    {
        var revision = await db.JobPostings
            .Where(r => r.RevisionOfId == posting.Id && r.RecruiterId == RecruiterId)
            .Select(r => new PostingRevision(r.Status, r.RejectionReason))
            .SingleOrDefaultAsync(cancellationToken);
        var role = await db.RoleProfiles.Where(r => r.Id == posting.RoleProfileId).Select(r => r.Slug).SingleAsync(cancellationToken);
        var thread = await moderation.ThreadAsync(posting.Id, ThreadReader.Recruiter, cancellationToken);
        var now = Now;
        return new RecruiterPostingViewModel(PostingOverview.From(posting, markdown), posting.IsLiveAt(now), PostingActions.For(posting, now), revision, role, thread);
    }

    /// <summary>
    /// The valid form as details to save, carrying the warnings about its pay as confirmed (they are saved only once the
    /// recruiter ticked SalaryConfirmed), and those warnings.
    /// </summary>
    private async Task<(PostingDetails Details, IReadOnlyList<SalaryWarning> Warnings)> CheckedAsync(PostingForm form, CancellationToken cancellationToken)
    {
        var details = form.ToDetails();
        var warnings = await plausibility.CheckAsync(details, cancellationToken);
        return (details with { ConfirmedSalaryWarnings = warnings }, warnings);
    }

    /// <summary>The form again, nothing saved, with its warnings next to the pay and a box to confirm the pay as entered.</summary>
    private async Task<IActionResult> WarnAsync(int? id, PostingForm form, bool isLive, IReadOnlyList<SalaryWarning> warnings, CancellationToken cancellationToken) =>
        View("Edit", await EditorAsync(id, form, isLive, cancellationToken) with { SalaryWarnings = warnings });

    private async Task<IActionResult> InvalidAsync(int? id, PostingForm form, bool isLive, CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", await EditorAsync(id, form, isLive, cancellationToken));
    }

    private ViewResult Conflict(PostingStatus status)
    {
        Response.StatusCode = StatusCodes.Status409Conflict;
        ViewData["Title"] = "This posting cannot be changed now";
        return View("Message", $"A posting that is {status.DisplayName().ToLowerInvariant()} cannot be edited. Take it back from review first, or duplicate it as a new draft.");
    }

    private async Task<PostingEditorViewModel> EditorAsync(int? id, PostingForm form, bool isLive, CancellationToken cancellationToken)
    {
        var roles = await db.RoleProfiles.Where(r => r.IsPublished).OrderBy(r => r.SortOrder).Select(r => Choice.For(r.Id, r.Title)).ToListAsync(cancellationToken);
        var skills = await db.Skills.OrderBy(s => s.Name).Select(s => Choice.For(s.Id, s.Name)).ToListAsync(cancellationToken);
        return new PostingEditorViewModel(id, form, roles, skills, isLive);
    }
}
