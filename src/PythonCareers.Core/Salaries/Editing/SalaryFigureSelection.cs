namespace PythonCareers.Core.Salaries.Editing;

/// <summary>The figures the admin list shows and the export writes: by role, by country (or those that name none), by kind of work.</summary>
public static class SalaryFigureSelection
{
    /// <summary>The country filter's value for figures whose source names no country.</summary>
    public const string NoCountry = "none";

    public static IQueryable<SalaryFigure> Selected(this IQueryable<SalaryFigure> figures, string? roleSlug, string? country, EmploymentKind? kind)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (roleSlug is not null)
        {
            figures = figures.Where(f => f.Role.Slug == roleSlug);
        }

        if (country is not null)
        {
            figures = country == NoCountry ? figures.Where(f => f.CountryCode == null) : figures.Where(f => f.CountryCode == country);
        }

        if (kind is not null)
        {
            figures = figures.Where(f => f.Kind == kind);
        }

        return figures;
    }
}
