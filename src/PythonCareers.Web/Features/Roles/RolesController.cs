using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Features.CareerAreas;
using PythonCareers.Web.Features.Home;
using PythonCareers.Web.Features.Salaries;
using PythonCareers.Web.Features.Skills;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Roles;

[ReadsFromReplica]
[Route("roles")]
public sealed class RolesController(AppDbContext db) : Controller
{
    [HttpGet("")]
    [OutputCache(PolicyName = PublicPages.ContentPolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await RoleCards.ListAsync(db.RoleProfiles.Published(), db.CurrentSalaryFigures(), cancellationToken));

    [HttpGet("{slug:slug}")]
    [OutputCache(PolicyName = PublicPages.PostingsPolicy)]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var role = await db.RoleProfiles.Published()
            .Where(r => r.Slug == slug)
            .Select(r => new
            {
                r.Id,
                r.Slug,
                r.Title,
                r.Summary,
                r.Description,
                r.BackgroundAndEducation,
                Source = r.Source.Cite(),
                Responsibilities = r.Responsibilities.OrderBy(x => x.Position).Select(x => x.Text).ToList(),
                Skills = r.Skills.Select(s => new SkillLink(s.Slug, s.Name)).ToList(),
                Areas = r.Areas.OrderBy(a => a.SortOrder).Select(a => new AreaLink(a.Slug, a.Name)).ToList(),
                Related = r.RelatedRoles.Where(x => x.IsPublished).OrderBy(x => x.SortOrder).Select(x => new RoleLink(x.Slug, x.Title)).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (role is null)
        {
            return await db.ForwardedSlugAsync(slug, cancellationToken) is { } current ? RedirectToActionPermanent(nameof(Details), new { slug = current }) : NotFound();
        }

        var shared = await db.CareerFacts
            .Where(a => a.Kind == CareerFactKind.SharedActivity)
            .OrderBy(a => a.Position)
            .Select(a => new TextWithSource(a.Text, a.Source.Cite()))
            .ToListAsync(cancellationToken);
        var salaries = await db.CurrentSalaryFigures().Where(f => f.RoleProfileId == role.Id).Select(SalaryFigureView.FromEntity).ToListAsync(cancellationToken);
        var market = (await db.MarketFigures
            .Select(m => new { m.CountryCode, m.Level, m.OpenPositions, m.IsApproximate, Source = m.Source.Cite() })
            .ToListAsync(cancellationToken))
            .OrderBy(m => m.CountryCode, StringComparer.Ordinal)
            .ThenBy(m => m.Level)
            .Select(m => new MarketFigureView(IsoCodes.CountryName(m.CountryCode), m.Level, m.OpenPositions, m.IsApproximate, m.Source))
            .ToList();

        return View(new RoleDetailsViewModel(
            role.Slug,
            role.Title,
            role.Summary,
            role.Description,
            role.BackgroundAndEducation,
            role.Source,
            role.Responsibilities,
            shared,
            [.. role.Skills.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)],
            role.Areas,
            role.Related,
            [.. SalaryFigureView.InDisplayOrder(salaries)],
            market));
    }
}
