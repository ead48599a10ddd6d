using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Web.Features.Roles;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Skills;

[ReadsFromReplica]
[Route("skills")]
[OutputCache(PolicyName = PublicPages.ContentPolicy)]
public sealed class SkillsController(AppDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var skills = await db.Skills
            .Select(s => new SkillView(s.Slug, s.Name, s.Category, s.Description))
            .ToListAsync(cancellationToken);
        return View(skills.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).GroupBy(s => s.Category).OrderBy(g => g.Key).ToList());
    }

    [HttpGet("{slug:slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var skill = await db.Skills
            .Where(s => s.Slug == slug)
            .Select(s => new
            {
                View = new SkillView(s.Slug, s.Name, s.Category, s.Description),
                Roles = s.Roles.Where(r => r.IsPublished).OrderBy(r => r.SortOrder).Select(r => new RoleLink(r.Slug, r.Title)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return skill is null ? NotFound() : View(new SkillDetailsViewModel(skill.View, skill.Roles));
    }
}
