namespace PythonCareers.Core.Salaries;

/// <summary>The salary figures the public pages show.</summary>
public static class PublicSalaryFigures
{
    /// <summary>Figures not retired, whatever their date: the history a trend is drawn from.</summary>
    public static IQueryable<SalaryFigure> LiveSalaryFigures(this AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.SalaryFigures.Where(f => f.RetiredAt == null);
    }

    /// <summary>
    /// Live figures that no later live figure supersedes: for one role, country (or none), kind, level and period, only the
    /// latest as-of date is current; older ones appear only in the trend.
    /// </summary>
    public static IQueryable<SalaryFigure> CurrentSalaryFigures(this AppDbContext db)
    {
        var live = db.LiveSalaryFigures();
        return live.Where(f => !live.Any(later =>
            later.RoleProfileId == f.RoleProfileId
            && later.CountryCode == f.CountryCode
            && later.Kind == f.Kind
            && later.Level == f.Level
            && later.Period == f.Period
            && later.AsOf > f.AsOf));
    }
}
