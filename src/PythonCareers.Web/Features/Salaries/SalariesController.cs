using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Market;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Features.Roles;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Salaries;

[ReadsFromReplica]
[Route("salaries")]
[OutputCache(PolicyName = PublicPages.ContentPolicy)]
public sealed class SalariesController(AppDbContext db, PostedPayIndex postedPay) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var figures = await db.CurrentSalaryFigures()
            .Where(f => f.Role.IsPublished)
            .OrderBy(f => f.Role.SortOrder)
            .Select(SalaryFigureView.FromEntity)
            .ToListAsync(cancellationToken);
        var ordered = figures.GroupBy(f => f.RoleSlug).SelectMany(SalaryFigureView.InDisplayOrder).ToList();
        return View(new SalaryIndexViewModel(ordered));
    }

    [HttpGet("{slug:slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var role = await db.RoleProfiles.Published()
            .Where(r => r.Slug == slug)
            .Select(r => new RoleLink(r.Slug, r.Title))
            .SingleOrDefaultAsync(cancellationToken);
        if (role is null)
        {
            return await db.ForwardedSlugAsync(slug, cancellationToken) is { } current ? RedirectToActionPermanent(nameof(Details), new { slug = current }) : NotFound();
        }

        var figures = SalaryFigureView.InDisplayOrder(
            await db.CurrentSalaryFigures().Where(f => f.Role.Slug == slug).Select(SalaryFigureView.FromEntity).ToListAsync(cancellationToken)).ToList();
        var history = await db.LiveSalaryFigures().Where(f => f.Role.Slug == slug).Select(SalaryFigureView.FromEntity).ToListAsync(cancellationToken);
        var posted = await postedPay.LatestAsync(slug, cancellationToken);
        return View(new SalaryDetailsViewModel(
            role, figures, SalaryChart.For(figures), SalaryTrend.For(history), new PostedPayViewModel(role.Title, posted), SalaryChart.ForPosted(posted)));
    }
}
