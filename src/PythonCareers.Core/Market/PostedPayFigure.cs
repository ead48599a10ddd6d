using PythonCareers.Core.Jobs;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Market;

/// <summary>
/// One figure of the posted-salary index on one day: what the postings published on the board in the
/// <see cref="PostedPayIndex.WindowDays"/> days before it offered for one role, country, level, kind of work and currency,
/// as yearly equivalents (<see cref="JobPosting.SalaryMinYearly"/>). Percentiles are of the ranges' midpoints. Written
/// only by <see cref="PostedPayIndex.SnapshotAsync"/>, in one statement; figures with too few postings behind them are
/// kept, so that a later day can tell how they grew, but never shown.
/// </summary>
public sealed class PostedPayFigure
{
    private PostedPayFigure()
    {
    }

    public DateOnly AsOf { get; private set; }

    public int RoleProfileId { get; private set; }

    public string CountryCode { get; private set; } = "";

    public JobLevel Level { get; private set; }

    public EmploymentKind Kind { get; private set; }

    /// <summary>ISO 4217: the postings' own currency; the index never converts between currencies.</summary>
    public string Currency { get; private set; } = "";

    public int Postings { get; private set; }

    public int Companies { get; private set; }

    /// <summary>The lowest bottom of a range.</summary>
    public decimal Lowest { get; private set; }

    public decimal P25 { get; private set; }

    public decimal Median { get; private set; }

    public decimal P75 { get; private set; }

    /// <summary>The highest top of a range.</summary>
    public decimal Highest { get; private set; }
}
