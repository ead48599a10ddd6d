using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Features.CareerAreas;
using PythonCareers.Web.Features.Home;
using PythonCareers.Web.Features.Jobs;
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
        // Rendered afresh (after a write evicted it), the page runs six statements, five for a role without open postings:
        // the role with its responsibilities and a capped count of its open postings; its skills, areas and related roles
        // in one UNION; the activities every role shares; its salary figures; the market figures; its newest postings.
        var live = db.JobPostings.Live();
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
                OpenPostings = live.Where(p => p.RoleProfileId == r.Id).Take(JobSearchResult.CountCap + 1).Count(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (role is null)
        {
            return await db.ForwardedSlugAsync(slug, cancellationToken) is { } current ? RedirectToActionPermanent(nameof(Details), new { slug = current }) : NotFound();
        }

        var ofRole = db.RoleProfiles.Where(r => r.Id == role.Id);
        var links = await ofRole.SelectMany(r => r.Skills).Select(s => new { Kind = LinkKind.Skill, s.Slug, s.Name, Order = 0 })
            .Concat(ofRole.SelectMany(r => r.Areas).Select(a => new { Kind = LinkKind.Area, a.Slug, a.Name, Order = a.SortOrder }))
            .Concat(ofRole.SelectMany(r => r.RelatedRoles).Where(x => x.IsPublished).Select(x => new { Kind = LinkKind.Related, x.Slug, Name = x.Title, Order = x.SortOrder }))
            .ToListAsync(cancellationToken);
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
        var newest = role.OpenPostings == 0
            ? []
            : await live.Where(p => p.RoleProfileId == role.Id)
                .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
                .Take(RoleJobsViewModel.Shown)
                .Select(PostingSummary.FromPosting)
                .ToListAsync(cancellationToken);
        var ordered = links.OrderBy(l => l.Order).ThenBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ToList();

        return View(new RoleDetailsViewModel(
            role.Slug,
            role.Title,
            role.Summary,
            role.Description,
            role.BackgroundAndEducation,
            role.Source,
            role.Responsibilities,
            shared,
            [.. ordered.Where(l => l.Kind == LinkKind.Skill).Select(l => new SkillLink(l.Slug, l.Name))],
            [.. ordered.Where(l => l.Kind == LinkKind.Area).Select(l => new AreaLink(l.Slug, l.Name))],
            [.. ordered.Where(l => l.Kind == LinkKind.Related).Select(l => new RoleLink(l.Slug, l.Name))],
            [.. SalaryFigureView.InDisplayOrder(salaries)],
            market,
            new RoleJobsViewModel(role.Slug, role.Title, role.OpenPostings, newest)));
    }

    /// <summary>Which list of the role page a row of the links UNION belongs to.</summary>
    private enum LinkKind
    {
        Skill,
        Area,
        Related,
    }
}
