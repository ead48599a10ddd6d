using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Features.Salaries;

namespace PythonCareers.Web.Features.Api;

/// <summary>Every current cited figure of the published roles, in the order the salaries page lists them: the API's and the dataset's.</summary>
public static class CitedSalaryFigures
{
    public static async Task<IReadOnlyList<CitedSalary>> AllAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var figures = await db.CurrentSalaryFigures()
            .Where(f => f.Role.IsPublished)
            .OrderBy(f => f.Role.SortOrder)
            .Select(SalaryFigureView.FromEntity)
            .ToListAsync(cancellationToken);
        return [.. figures.GroupBy(f => f.RoleSlug).SelectMany(SalaryFigureView.InDisplayOrder).Select(CitedSalary.From)];
    }
}
