using PythonCareers.Core.Jobs;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Features.Salaries;

namespace PythonCareers.Web.Features.Jobs;

/// <summary>What the site's salary figures say about the posting's role, country and level.</summary>
public sealed record MarketComparison(CareerLevel Level, IReadOnlyList<SalaryFigureView> InCountry, IReadOnlyList<SalaryFigureView> CountryNotStated)
{
    /// <summary>Entry and mid compare with their own level; senior and lead with senior. All-levels figures always apply.</summary>
    public static CareerLevel LevelFor(JobLevel level) => level switch
    {
        JobLevel.Entry => CareerLevel.Entry,
        JobLevel.Mid => CareerLevel.Mid,
        _ => CareerLevel.Senior,
    };
}
