using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Features.CareerAreas;
using PythonCareers.Web.Features.Roles;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Home;

[ReadsFromReplica]
public sealed class HomeController(AppDbContext db) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = PublicPages.PostingsPolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var facts = await db.CareerFacts
            .Where(f => f.Kind == CareerFactKind.WhyPython)
            .OrderBy(f => f.Position)
            .Select(f => new TextWithSource(f.Text, f.Source.Cite()))
            .ToListAsync(cancellationToken);
        var areas = await db.CareerAreas
            .OrderBy(a => a.SortOrder)
            .Select(a => new AreaCard(a.Slug, a.Name, a.PythonUse, a.Source.Cite()))
            .ToListAsync(cancellationToken);
        var roles = await RoleCards.ListAsync(db.RoleProfiles.Published(), db.CurrentSalaryFigures(), cancellationToken);
        var newest = await db.JobPostings.Live()
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Take(HomeViewModel.NewestShown)
            .Select(PostingSummary.FromPosting)
            .ToListAsync(cancellationToken);
        return View(new HomeViewModel(facts, areas, roles, newest));
    }
}
