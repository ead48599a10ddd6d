using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Sources;
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
        // Rendered afresh (after a write evicted it), the page runs four statements: the role with a capped count of its
        // open postings and its newest ones; its responsibilities, skills, areas and related roles with the activities
        // every role shares, in one UNION; its salary figures; the market figures.
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
                OpenPostings = live.Where(p => p.RoleProfileId == r.Id).Take(JobSearchResult.CountCap + 1).Count(),
                Newest = live.Where(p => p.RoleProfileId == r.Id)
                    .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
                    .Take(RoleJobsViewModel.Shown)
                    .Select(PostingSummary.FromPosting)
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (role is null)
        {
            return await db.ForwardedSlugAsync(slug, cancellationToken) is { } current ? RedirectToActionPermanent(nameof(Details), new { slug = current }) : NotFound();
        }

        // Only the shared activities cite a source; the other rows leave its columns empty.
        var ofRole = db.RoleProfiles.Where(r => r.Id == role.Id);
        var lists = await db.CareerFacts.Where(a => a.Kind == CareerFactKind.SharedActivity)
            .Select(a => new { Kind = ListKind.SharedActivity, Slug = (string?)null, Name = a.Text, Order = a.Position, Publisher = (string?)a.Source.Publisher, SourceTitle = (string?)a.Source.Title, a.Source.Url, AsOf = (DateOnly?)a.Source.AsOf, AsOfPrecision = (DatePrecision?)a.Source.AsOfPrecision })
            .Concat(ofRole.SelectMany(r => r.Responsibilities)
                .Select(x => new { Kind = ListKind.Responsibility, Slug = (string?)null, Name = x.Text, Order = x.Position, Publisher = (string?)null, SourceTitle = (string?)null, Url = (string?)null, AsOf = (DateOnly?)null, AsOfPrecision = (DatePrecision?)null }))
            .Concat(ofRole.SelectMany(r => r.Skills)
                .Select(s => new { Kind = ListKind.Skill, Slug = (string?)s.Slug, s.Name, Order = 0, Publisher = (string?)null, SourceTitle = (string?)null, Url = (string?)null, AsOf = (DateOnly?)null, AsOfPrecision = (DatePrecision?)null }))
            .Concat(ofRole.SelectMany(r => r.Areas)
                .Select(a => new { Kind = ListKind.Area, Slug = (string?)a.Slug, a.Name, Order = a.SortOrder, Publisher = (string?)null, SourceTitle = (string?)null, Url = (string?)null, AsOf = (DateOnly?)null, AsOfPrecision = (DatePrecision?)null }))
            .Concat(ofRole.SelectMany(r => r.RelatedRoles).Where(x => x.IsPublished)
                .Select(x => new { Kind = ListKind.Related, Slug = (string?)x.Slug, Name = x.Title, Order = x.SortOrder, Publisher = (string?)null, SourceTitle = (string?)null, Url = (string?)null, AsOf = (DateOnly?)null, AsOfPrecision = (DatePrecision?)null }))
            .ToListAsync(cancellationToken);
        var salaries = await db.CurrentSalaryFigures().Where(f => f.RoleProfileId == role.Id).Select(SalaryFigureView.FromEntity).ToListAsync(cancellationToken);
        var market = (await db.MarketFigures
            .Select(m => new { m.CountryCode, m.Level, m.OpenPositions, m.IsApproximate, Source = m.Source.Cite() })
            .ToListAsync(cancellationToken))
            .OrderBy(m => m.CountryCode, StringComparer.Ordinal)
            .ThenBy(m => m.Level)
            .Select(m => new MarketFigureView(IsoCodes.CountryName(m.CountryCode), m.Level, m.OpenPositions, m.IsApproximate, m.Source))
            .ToList();
        var ordered = lists.OrderBy(l => l.Order).ThenBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ToList();

        return View(new RoleDetailsViewModel(
            role.Slug,
            role.Title,
            role.Summary,
            role.Description,
            role.BackgroundAndEducation,
            role.Source,
            [.. ordered.Where(l => l.Kind == ListKind.Responsibility).Select(l => l.Name)],
            [.. ordered.Where(l => l.Kind == ListKind.SharedActivity).Select(l => new TextWithSource(l.Name, new SourceCitation(l.Publisher!, l.SourceTitle!, l.Url, l.AsOf!.Value, l.AsOfPrecision!.Value)))],
            [.. ordered.Where(l => l.Kind == ListKind.Skill).Select(l => new SkillLink(l.Slug!, l.Name))],
            [.. ordered.Where(l => l.Kind == ListKind.Area).Select(l => new AreaLink(l.Slug!, l.Name))],
            [.. ordered.Where(l => l.Kind == ListKind.Related).Select(l => new RoleLink(l.Slug!, l.Name))],
            [.. SalaryFigureView.InDisplayOrder(salaries)],
            market,
            new RoleJobsViewModel(role.Slug, role.Title, role.OpenPostings, role.Newest)));
    }

    /// <summary>Which list of the role page a row of the lists UNION belongs to.</summary>
    private enum ListKind
    {
        Responsibility,
        Skill,
        Area,
        Related,
        SharedActivity,
    }
}
