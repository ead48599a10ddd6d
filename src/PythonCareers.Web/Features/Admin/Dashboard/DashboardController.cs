using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Mail;
using PythonCareers.Web.Features.Admin.Audit;

namespace PythonCareers.Web.Features.Admin.Dashboard;

/// <summary>What needs an editor's attention: the review queue, stale figures, mail given up on, and what changed lately.</summary>
[Route("admin")]
public sealed class DashboardController(AppDbContext db, MailOutbox outbox, TimeProvider clock) : AdminController(db)
{
    /// <summary>Figures whose date is older than this are stale: an editor should look for newer numbers.</summary>
    public const int StaleAfterMonths = 12;

    private const int UndeliveredShown = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var staleBefore = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddMonths(-StaleAfterMonths);
        var waiting = Db.JobPostings.Where(p => p.Status == PostingStatus.InReview);
        var staleSalaries = await Db.SalaryFigures
            .Where(f => f.RetiredAt == null && f.AsOf < staleBefore)
            .OrderBy(f => f.AsOf).ThenBy(f => f.Id)
            .Select(f => new StaleFigure(f.Id, f.Role.Title, f.CountryCode, f.Currency, f.Level, f.AsOf))
            .ToListAsync(cancellationToken);
        var staleMarket = await Db.MarketFigures.CountAsync(f => f.AsOf < staleBefore, cancellationToken);
        var recent = await Db.AuditEntries
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(10)
            .Select(AuditRow.FromEntry)
            .ToListAsync(cancellationToken);
        return View(new DashboardViewModel(
            await waiting.CountAsync(cancellationToken),
            await waiting.MinAsync(p => p.SubmittedAt, cancellationToken),
            staleSalaries,
            staleMarket,
            await outbox.GivenUpAsync(UndeliveredShown, cancellationToken),
            recent));
    }
}
