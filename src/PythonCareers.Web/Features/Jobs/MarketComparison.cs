using System.Globalization;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Market;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Features.Salaries;

namespace PythonCareers.Web.Features.Jobs;

/// <summary>
/// What the market says about the posting's role, country and level: the site's cited salary figures, and where its offer
/// sits among the postings on the board (null: too few comparable ones).
/// </summary>
public sealed record MarketComparison(CareerLevel Level, IReadOnlyList<SalaryFigureView> InCountry, IReadOnlyList<SalaryFigureView> CountryNotStated, PostedPayPlace? Posted)
{
    /// <summary>Entry and mid compare with their own level; senior and lead with senior. All-levels figures always apply.</summary>
    public static CareerLevel LevelFor(JobLevel level) => level switch
    {
        JobLevel.Entry => CareerLevel.Entry,
        JobLevel.Mid => CareerLevel.Mid,
        _ => CareerLevel.Senior,
    };

    /// <summary>
    /// "This offer is above 70% of 23 senior Python Web Developer postings in Germany (from 9 companies)", saying so when
    /// it had to compare with every level or every country instead.
    /// </summary>
    public string PostedText(PostingPage posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        if (Posted is not { } place)
        {
            return $"There are not enough comparable postings on PythonCareers yet to place this offer: it takes {PostedPayIndex.MinimumPostings} from {PostedPayIndex.MinimumCompanies} companies, of the same role, kind of work and currency, published in the last {PostedPayIndex.WindowDays} days.";
        }

        var level = posting.Level.DisplayName().ToLowerInvariant();
        var kind = PostedPayIndex.KindOf(posting.EmploymentType) == EmploymentKind.Freelance ? "freelance " : "";
        var peers = place.Scope switch
        {
            PostedPayScope.CountryAndLevel => $"{level} {kind}{posting.RoleTitle} postings in {posting.CountryName}",
            PostedPayScope.Country => $"{kind}{posting.RoleTitle} postings in {posting.CountryName} at every level (too few at {level} level to compare with)",
            _ => $"{level} {kind}{posting.RoleTitle} postings in every country (too few in {posting.CountryName} to compare with)",
        };
        return $"This offer is above {place.PercentBelow}% of {place.Postings.ToString("N0", CultureInfo.InvariantCulture)} other {peers}, from {place.Companies} companies, that paid in {posting.Currency} and were published on PythonCareers in the last {PostedPayIndex.WindowDays} days (midpoints of the ranges, a year's worth).";
    }
}
