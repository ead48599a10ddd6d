using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Web.Features.Jobs;

/// <summary>How the job board words its numbers: counts of jobs and salary ranges.</summary>
public static class JobWording
{
    /// <summary>"1 job", "37 jobs", or "1,000+ jobs" for any count past <see cref="JobSearchResult.CountCap"/>.</summary>
    public static string CountText(int count) => count switch
    {
        > JobSearchResult.CountCap => $"{Money.Number(JobSearchResult.CountCap)}+ jobs",
        1 => "1 job",
        _ => $"{Money.Number(count)} jobs",
    };

    /// <summary>"EUR 70,000-90,000 a year", or one amount when both ends are the same.</summary>
    public static string SalaryRangeText(string currency, decimal minimum, decimal maximum, PayPeriod period) =>
        (minimum == maximum ? Money.Format(currency, minimum) : Money.FormatRange(currency, minimum, maximum)) + " " + period.Per();

    /// <summary>The posting's title where text cannot carry a badge (feeds, mail): "Sample: " before a sample's.</summary>
    public static string ListedTitle(this PostingSummary posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        return posting.IsSample ? "Sample: " + posting.Title : posting.Title;
    }

    /// <summary>The posting's pay, as lists show it.</summary>
    public static string SalaryText(this PostingSummary posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        return SalaryRangeText(posting.Currency, posting.SalaryMin, posting.SalaryMax, posting.SalaryPeriod);
    }
}
