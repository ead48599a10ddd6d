using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PythonCareers.Core;
using PythonCareers.Core.Market;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Sources;
using PythonCareers.Web.Features.Roles;
using PythonCareers.Web.Features.Salaries;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Api;

/// <summary>The published role profiles, with their cited pay and their open postings on the board.</summary>
[ReadsFromReplica]
[Route("api/v1/roles")]
[Tags("Roles")]
[PublicDataCaching(ContentMaxAgeSeconds)]
public sealed class RolesApiController(AppDbContext db, PostedPayIndex index, IOptions<SiteOptions> site) : PublicApiController
{
    [HttpGet("")]
    [OutputCache(PolicyName = PublicPages.ContentPolicy)]
    [EndpointSummary("The published roles")]
    [EndpointDescription("Each role with its summary and the cited figure that best sums up its pay (employed, yearly), if it has one.")]
    [ProducesResponseType<RoleList>(StatusCodes.Status200OK, "application/json")]
    public async Task<ActionResult<RoleList>> Roles(CancellationToken cancellationToken)
    {
        var cards = await RoleCards.ListAsync(db.RoleProfiles.Published(), db.CurrentSalaryFigures(), cancellationToken);
        return new RoleList([.. cards.Select(c => new RoleSummary(
            c.Slug, c.Title, c.Summary, Absolute(RolePage(c.Slug)), c.Headline is { } headline ? CitedSalary.From(headline) : null))]);
    }

    [HttpGet("{slug:slug}")]
    [OutputCache(PolicyName = PublicPages.PostingsPolicy)]
    [EndpointSummary("A role's profile")]
    [EndpointDescription("What the role does, its skills, areas and related roles, every current cited salary figure with its source and as-of date, the posted-salary index of its postings with its date and sample sizes, and its live postings on PythonCareers. A renamed role's old slug redirects (301) to its current one.")]
    [ProducesResponseType<RoleProfileDetails>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status301MovedPermanently)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    public async Task<ActionResult<RoleProfileDetails>> Role(string slug, CancellationToken cancellationToken)
    {
        var open = db.OpenPostingsByRole();
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
                Source = new SourceCitation(r.Source.Publisher, r.Source.Title, r.Source.Url, r.Source.AsOf, r.Source.AsOfPrecision),
                Responsibilities = r.Responsibilities.OrderBy(x => x.Position).Select(x => x.Text).ToList(),
                Skills = r.Skills.Select(x => new ApiLink(x.Slug, x.Name)).ToList(),
                Areas = r.Areas.OrderBy(x => x.SortOrder).Select(x => new ApiLink(x.Slug, x.Name)).ToList(),
                Related = r.RelatedRoles.Where(x => x.IsPublished).OrderBy(x => x.SortOrder).Select(x => new ApiLink(x.Slug, x.Title)).ToList(),
                OpenPostings = open.Where(o => o.RoleProfileId == r.Id).Select(o => o.Open).FirstOrDefault(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (role is null)
        {
            return await db.ForwardedSlugAsync(slug, cancellationToken) is { } current ? RedirectToActionPermanent(nameof(Role), new { slug = current }) : NotFound();
        }

        var countedAt = DateTime.UtcNow;
        var figures = await db.CurrentSalaryFigures().Where(f => f.RoleProfileId == role.Id).Select(SalaryFigureView.FromEntity).ToListAsync(cancellationToken);
        return new RoleProfileDetails(
            role.Slug,
            role.Title,
            role.Summary,
            role.Description,
            role.BackgroundAndEducation,
            Absolute(RolePage(role.Slug)),
            ApiSource.From(role.Source),
            role.Responsibilities,
            [.. role.Skills.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)],
            role.Areas,
            role.Related,
            [.. SalaryFigureView.InDisplayOrder(figures).Select(CitedSalary.From)],
            PostedSalaryIndex.Of(await index.LatestDateAsync(cancellationToken), await index.LatestAsync(role.Slug, cancellationToken)),
            new OpenPostings(role.OpenPostings, countedAt));
    }

    private string RolePage(string slug) =>
        Url.Action(nameof(RolesController.Details), "Roles", new { area = "", slug }) ?? throw new InvalidOperationException("No route leads to a role's page.");

    private string Absolute(string path) => new Uri(site.Value.PublicOrigin, path).AbsoluteUri;
}
