using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Features.Roles;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.CareerAreas;

[ReadsFromReplica]
[Route("areas")]
[OutputCache(PolicyName = PublicPages.ContentPolicy)]
public sealed class CareerAreasController(AppDbContext db) : Controller
{
    [HttpGet("{slug:slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var area = await db.CareerAreas
            .Where(a => a.Slug == slug)
            .Select(a => new AreaCard(a.Slug, a.Name, a.PythonUse, a.Source.Cite()))
            .SingleOrDefaultAsync(cancellationToken);
        if (area is null)
        {
            return NotFound();
        }

        var roles = await RoleCards.ListAsync(db.RoleProfiles.Published().Where(r => r.Areas.Any(a => a.Slug == slug)), db.CurrentSalaryFigures(), cancellationToken);
        return View(new AreaDetailsViewModel(area, roles));
    }
}
