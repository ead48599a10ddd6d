using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Features.Renewals;

/// <summary>
/// The renew link of an expiry reminder, which works without signing in: its signed token is the proof. The link shows a
/// button (mail scanners open links on their own); the button renews, once, under the usual renewal rules.
/// </summary>
[Route("renew")]
public sealed class RenewalsController(AppDbContext db, RecruiterPostings postings, RenewalLinks links) : Controller
{
    [HttpGet("")]
    public IActionResult Renew(string? token) => links.Read(token) is null ? BadLink() : View(new TokenForm { Token = token });

    [HttpPost("")]
    public async Task<IActionResult> Renew(TokenForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (links.Read(form.Token) is not var (id, closingTime))
        {
            return BadLink();
        }

        var posting = await db.JobPostings.AsTracking().SingleOrDefaultAsync(p => p.Id == id && p.RevisionOfId == null, cancellationToken);
        if (posting is null)
        {
            return BadLink();
        }

        if (posting.ExpiresAt != closingTime)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            ViewData["Title"] = "Already renewed";
            return View("Message", $"This link was used: \"{posting.Title}\" now closes on {posting.ExpiresAt:yyyy-MM-dd}.");
        }

        await postings.RenewAsync(posting, cancellationToken);
        ViewData["Title"] = "Renewed";
        return View("Message", $"\"{posting.Title}\" stays open until {posting.ExpiresAt:yyyy-MM-dd}.");
    }

    private ViewResult BadLink()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Title"] = "This link does not work";
        return View("Message", "This link has expired, was changed, or was never ours. Sign in to renew the posting from your list.");
    }
}
