using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Market;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Jobs;

/// <summary>
/// Checks a posting's pay for the usual mistakes before it is saved: a range too wide to mean anything, a yearly figure
/// that is really a month's or an hour's pay in its currency, and pay far from what the role's postings in the country
/// offer (the posted-salary index). Warnings, not refusals: the recruiter may confirm the pay as entered.
/// </summary>
public sealed class SalaryPlausibility(AppDbContext db)
{
    /// <summary>The widest range that is still one job's pay: its top at most this many times its bottom.</summary>
    public const decimal WidestRange = 3m;

    /// <summary>A yearly top below this share of the currency's typical yearly pay looks like a shorter period's.</summary>
    private const decimal ShortPeriodShare = 1m / 6m;

    /// <summary>Far from the index: a midpoint below half its 25th percentile, or above twice its 75th.</summary>
    private const decimal FarFactor = 2m;

    public async Task<IReadOnlyList<SalaryWarning>> CheckAsync(PostingDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        var warnings = new List<SalaryWarning>();
        if (details.SalaryMax > details.SalaryMin * WidestRange)
        {
            warnings.Add(SalaryWarning.WideRange);
        }

        // The latest snapshot's shown figures in the pay's currency: its employed medians tell the currency's typical pay,
        // and one of them may be this posting's own role, country, level and kind.
        var posted = await db.Set<PostedPayFigure>().Where(PostedPayIndex.Shown)
            .Where(f => f.AsOf == db.Set<PostedPaySnapshot>().Max(s => s.AsOf) && f.Currency == details.Currency)
            .ToListAsync(cancellationToken);
        var midpoint = (details.SalaryMin + details.SalaryMax) / 2;
        if (details.SalaryPeriod == PayPeriod.Year && await TypicalYearlyPayAsync(details.Currency, posted, cancellationToken) is { } typical
            && details.SalaryMax < typical * ShortPeriodShare)
        {
            // Whichever period, taken as the pay's real one, lands nearer the typical pay (by ratio).
            var asMonthly = Math.Abs(Math.Log((double)(midpoint * PayPeriod.Month.PerYear() / typical)));
            var asHourly = Math.Abs(Math.Log((double)(midpoint * PayPeriod.Hour.PerYear() / typical)));
            warnings.Add(asMonthly <= asHourly ? SalaryWarning.LooksMonthly : SalaryWarning.LooksHourly);
        }

        var yearly = midpoint * details.SalaryPeriod.PerYear();
        var kind = PostedPayIndex.KindOf(details.EmploymentType);
        var peers = posted.SingleOrDefault(f => f.RoleProfileId == details.RoleProfileId && f.CountryCode == details.CountryCode
            && f.Level == details.Level && f.Kind == kind);
        if (peers is not null && yearly < peers.P25 / FarFactor)
        {
            warnings.Add(SalaryWarning.FarBelowPostings);
        }
        else if (peers is not null && yearly > peers.P75 * FarFactor)
        {
            warnings.Add(SalaryWarning.FarAbovePostings);
        }

        return warnings;
    }

    /// <summary>
    /// The median of the yearly employed pay the site knows in a currency, cited (average, or the middle of a range) and
    /// posted (the index's medians); null when it knows none.
    /// </summary>
    private async Task<decimal?> TypicalYearlyPayAsync(string currency, IReadOnlyList<PostedPayFigure> posted, CancellationToken cancellationToken)
    {
        var cited = await db.CurrentSalaryFigures()
            .Where(f => f.Currency == currency && f.Kind == EmploymentKind.Employed && f.Period == PayPeriod.Year)
            .Select(f => f.Average ?? ((f.Minimum + f.Maximum) / 2) ?? f.Minimum ?? f.Maximum)
            .ToListAsync(cancellationToken);
        var known = cited.OfType<decimal>().Concat(posted.Where(f => f.Kind == EmploymentKind.Employed).Select(f => f.Median)).Order().ToList();
        return known.Count == 0 ? null : known[known.Count / 2];
    }
}
