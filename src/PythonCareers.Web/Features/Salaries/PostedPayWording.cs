using System.Globalization;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Market;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Web.Features.Salaries;

/// <summary>How the pages word the posted-salary index, always told apart from the cited figures.</summary>
public static class PostedPayWording
{
    public const string NotEnough = "Not enough postings yet";

    /// <summary>"New Zealand, senior".</summary>
    public static string Label(PostedPay figure) => $"{IsoCodes.CountryName(figure.CountryCode)}, {figure.Level.DisplayName().ToLowerInvariant()}";

    /// <summary>"NZD 120,000 median (middle half NZD 110,000-130,000)".</summary>
    public static string Summary(PostedPay figure) =>
        $"{Money.Format(figure.Currency, figure.Median)} median (middle half {Money.FormatRange(figure.Currency, figure.P25, figure.P75)})";

    /// <summary>"From 23 postings of 9 companies".</summary>
    public static string Sample(PostedPay figure) => $"From {Postings(figure.Postings)} of {figure.Companies.ToString("N0", CultureInfo.InvariantCulture)} companies";

    /// <summary>Where the figures come from, with their date: said once above every table or chart of them.</summary>
    public static string Provenance(DateOnly asOf) =>
        $"From postings on PythonCareers published in the {PostedPayIndex.WindowDays} days before {asOf:yyyy-MM-dd}, as yearly equivalents in each posting's own currency. " +
        $"A figure is shown only with {PostedPayIndex.MinimumPostings} postings from {PostedPayIndex.MinimumCompanies} companies behind it.";

    public static string Postings(int count) => count == 1 ? "1 posting" : $"{count.ToString("N0", CultureInfo.InvariantCulture)} postings";
}
