using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Features.Salaries;

namespace PythonCareers.Web.Features.Roles;

/// <summary>Role summaries with their headline salary, as the home, roles and area pages list them.</summary>
public static class RoleCards
{
    public static async Task<IReadOnlyList<RoleCard>> ListAsync(IQueryable<RoleProfile> roles, IQueryable<SalaryFigure> salaries, CancellationToken cancellationToken)
    {
        var cards = await roles
            .OrderBy(r => r.SortOrder)
            .Select(r => new { r.Id, r.Slug, r.Title, r.Summary })
            .ToListAsync(cancellationToken);
        var ids = cards.Select(c => c.Id).ToList();
        var figures = (await salaries
            .Where(f => ids.Contains(f.RoleProfileId))
            .Select(SalaryFigureView.FromEntity)
            .ToListAsync(cancellationToken))
            .ToLookup(f => f.RoleSlug);
        return [.. cards.Select(c => new RoleCard(c.Slug, c.Title, c.Summary, SalaryFigureView.Headline(figures[c.Slug])))];
    }
}
