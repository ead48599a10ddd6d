using System.Globalization;

namespace PythonCareers.Core.Jobs.Search;

/// <summary>A validated job search. <see cref="ToQueryString"/> gives its shareable URL form, lower-case and without defaults.</summary>
public sealed record JobSearchCriteria(
    string? Text,
    string? RoleSlug,
    string? CountryCode,
    Workplace? Workplace,
    EmploymentType? EmploymentType,
    JobLevel? Level,
    string? SkillSlug,
    string? Currency,
    decimal? SalaryFloor,
    JobSearchSort Sort,
    int Page)
{
    public const int PageSize = 20;

    public static readonly JobSearchCriteria Everything = new(null, null, null, null, null, null, null, null, null, JobSearchSort.Newest, 1);

    public static JobSearchSort DefaultSort(string? text) => text is null ? JobSearchSort.Newest : JobSearchSort.Relevance;

    /// <summary>Relevance needs words to be relevant to; without them the newest come first.</summary>
    public static JobSearchSort EffectiveSort(JobSearchSort? requested, string? text) =>
        requested == JobSearchSort.Relevance && text is null ? JobSearchSort.Newest : requested ?? DefaultSort(text);

    public bool HasFilters =>
        RoleSlug is not null || CountryCode is not null || Workplace is not null || EmploymentType is not null || Level is not null
        || SkillSlug is not null || Currency is not null || SalaryFloor is not null;

    /// <summary>"q=django&amp;country=de&amp;workplace=remote&amp;page=2": the defaults (newest or relevance, page 1) left out.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("q", Text);
        Add("role", RoleSlug);
        Add("country", CountryCode?.ToLowerInvariant());
        Add("workplace", Workplace is { } workplace ? SearchToken.Of(workplace) : null);
        Add("type", EmploymentType is { } type ? SearchToken.Of(type) : null);
        Add("level", Level is { } level ? SearchToken.Of(level) : null);
        Add("skill", SkillSlug);
        Add("currency", Currency?.ToLowerInvariant());
        Add("salary", SalaryFloor?.ToString("0.##", CultureInfo.InvariantCulture));
        Add("sort", Sort == DefaultSort(Text) ? null : SearchToken.Of(Sort));
        Add("page", Page == 1 ? null : Page.ToString(CultureInfo.InvariantCulture));
        return string.Join('&', parts);
    }
}
