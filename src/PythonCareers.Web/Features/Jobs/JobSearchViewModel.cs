using PythonCareers.Core.Jobs.Search;

namespace PythonCareers.Web.Features.Jobs;

/// <summary>
/// The /jobs page: the form as the visitor filled it in, and either the results or (for a refused search) the messages,
/// which sit in ModelState under the query-string names.
/// </summary>
public sealed record JobSearchViewModel(JobSearchQuery Query, JobSearchFacets Choices, JobSearchResult? Result)
{
    /// <summary>How many of the filters (role, country, workplace, type, level, skill, salary floor) the visitor set.</summary>
    public int FiltersInUse =>
        new[] { Query.Role, Query.Country, Query.Workplace, Query.Type, Query.Level, Query.Skill, Query.Salary }.Count(value => !string.IsNullOrWhiteSpace(value));

    /// <summary>
    /// The sort the visitor chose, and best match when they chose none, even where no words make it newest first: the
    /// form sends it with the next search, and words typed then are sorted by how well postings match them.
    /// </summary>
    public string SelectedSort => string.IsNullOrWhiteSpace(Query.Sort) ? SearchToken.Of(JobSearchSort.Relevance) : Query.Sort.Trim().ToLowerInvariant();
}
