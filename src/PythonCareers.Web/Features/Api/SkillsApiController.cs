using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PythonCareers.Core;
using PythonCareers.Web.Features.Skills;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Api;

/// <summary>The skills Python roles ask for, each with the published roles that list it.</summary>
[ReadsFromReplica]
[Route("api/v1/skills")]
[Tags("Skills")]
[PublicDataCaching(ContentMaxAgeSeconds)]
public sealed class SkillsApiController(AppDbContext db, IOptions<SiteOptions> site) : PublicApiController
{
    [HttpGet("")]
    [OutputCache(PolicyName = PublicPages.ContentPolicy)]
    [EndpointSummary("The skills")]
    [EndpointDescription("Every skill by name, with its category, description and the published roles that need it.")]
    [ProducesResponseType<SkillList>(StatusCodes.Status200OK, "application/json")]
    public async Task<ActionResult<SkillList>> Skills(CancellationToken cancellationToken)
    {
        var skills = await db.Skills
            .Select(s => new
            {
                s.Slug,
                s.Name,
                s.Category,
                s.Description,
                Roles = s.Roles.Where(r => r.IsPublished).OrderBy(r => r.SortOrder).Select(r => new ApiLink(r.Slug, r.Title)).ToList(),
            })
            .ToListAsync(cancellationToken);
        return new SkillList([.. skills
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .Select(s => new SkillSummary(s.Slug, s.Name, s.Category, s.Description, Absolute(SkillPage(s.Slug)), s.Roles))]);
    }

    private string SkillPage(string slug) =>
        Url.Action(nameof(SkillsController.Details), "Skills", new { area = "", slug }) ?? throw new InvalidOperationException("No route leads to a skill's page.");

    private string Absolute(string path) => new Uri(site.Value.PublicOrigin, path).AbsoluteUri;
}
