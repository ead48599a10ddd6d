using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Skills;
using PythonCareers.Web.Features.Roles;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Skills;

/// <summary>
/// The skills and each skill's page. Both show posting figures, as <see cref="SkillDemandService"/> last counted them, so
/// they carry the postings policy, and that service evicts them when its count changes a figure.
/// </summary>
[ReadsFromReplica]
[Route("skills")]
[OutputCache(PolicyName = PublicPages.PostingsPolicy)]
public sealed class SkillsController(AppDbContext db, SkillDemand demand, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] SkillListQuery query, CancellationToken cancellationToken)
    {
        var refused = ModelState.IsValid ? null : ModelState.Values.SelectMany(v => v.Errors).First().ErrorMessage;
        var order = refused is null ? query.ToOrder() : SkillOrder.Category;
        var skills = await db.Skills
            .Select(s => new { s.Id, View = new SkillView(s.Slug, s.Name, s.Category, s.Description) })
            .ToListAsync(cancellationToken);
        var latest = await demand.LatestAsync(cancellationToken);
        var items = skills
            .Select(s => new SkillListItem(s.View, latest.GetValueOrDefault(s.Id)))
            .OrderBy(s => order == SkillOrder.Demand ? -(s.Demand?.Postings ?? -1) : 0)
            .ThenBy(s => s.Skill.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (refused is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(new SkillIndexViewModel(order, items, refused));
    }

    [HttpGet("{slug:slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var skill = await db.Skills
            .Where(s => s.Slug == slug)
            .Select(s => new
            {
                s.Id,
                View = new SkillView(s.Slug, s.Name, s.Category, s.Description),
                Roles = s.Roles.Where(r => r.IsPublished).OrderBy(r => r.SortOrder).Select(r => new RoleLink(r.Slug, r.Title)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (skill is null)
        {
            return NotFound();
        }

        var weeks = await demand.TrendAsync(skill.Id, SkillDemand.WeekOf(clock.GetUtcNow().UtcDateTime), cancellationToken);
        var premiums = await demand.PremiumsAsync(skill.Id, cancellationToken);
        var latest = weeks.LastOrDefault(w => w.Figure is not null)?.Figure;
        return View(new SkillDetailsViewModel(skill.View, skill.Roles, latest, SkillTrend.For(skill.View.Name, weeks), premiums));
    }
}
