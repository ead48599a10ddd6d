using System.Globalization;

namespace PythonCareers.Core.Jobs.Search;

/// <summary>
/// A job search as it arrives in the query string of /jobs (q, role, country, workplace, type, level, skill, currency,
/// salary, sort, page). Every value is text, so that <see cref="JobSearchQueryValidator"/> alone decides what is acceptable
/// and says why; <see cref="ToCriteria"/> then gives the typed search.
/// </summary>
public sealed class JobSearchQuery
{
    public const int TextMaxLength = 200;
    public const int MaxPage = 50;
    public const decimal MaxSalary = 10_000_000m;

    /// <summary>Words to look for, in web search syntax: "exact phrase", or, -excluded.</summary>
    public string? Q { get; set; }

    /// <summary>A role profile slug.</summary>
    public string? Role { get; set; }

    /// <summary>ISO 3166 code of the country the job is based in.</summary>
    public string? Country { get; set; }

    public string? Workplace { get; set; }

    /// <summary>The employment type.</summary>
    public string? Type { get; set; }

    public string? Level { get; set; }

    /// <summary>A skill slug.</summary>
    public string? Skill { get; set; }

    /// <summary>ISO 4217 code: only postings paying in this currency.</summary>
    public string? Currency { get; set; }

    /// <summary>The least yearly pay wanted, in <see cref="Currency"/>; matched against the top of each posting's range.</summary>
    public string? Salary { get; set; }

    public string? Sort { get; set; }

    public string? Page { get; set; }

    /// <summary>The typed search. Only for a query the validator has accepted.</summary>
    public JobSearchCriteria ToCriteria()
    {
        var text = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        JobSearchSort? sort = SearchToken.TryParse<JobSearchSort>(Sort, out var requested) ? requested : null;
        return new JobSearchCriteria(
            text,
            Role,
            Country?.ToUpperInvariant(),
            ParseOrNull<Jobs.Workplace>(Workplace),
            ParseOrNull<EmploymentType>(Type),
            ParseOrNull<JobLevel>(Level),
            Skill,
            Currency?.ToUpperInvariant(),
            TryParseSalary(Salary, out var salary) ? salary : null,
            JobSearchCriteria.EffectiveSort(sort, text),
            TryParsePage(Page, out var page) ? page : 1);
    }

    internal static bool TryParsePage(string? value, out int page) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out page);

    /// <summary>Whole amounts, with or without thousands separators: 60000 or 60,000.</summary>
    internal static bool TryParseSalary(string? value, out decimal amount) =>
        decimal.TryParse(value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out amount);

    private static T? ParseOrNull<T>(string? token)
        where T : struct, Enum => SearchToken.TryParse<T>(token, out var value) ? value : null;
}
