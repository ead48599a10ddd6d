namespace PythonCareers.Core.Jobs.Search;

/// <summary>One page of a search, how many postings match (counted up to a cap) and the facets with their counts.</summary>
public sealed record JobSearchResult(JobSearchCriteria Criteria, IReadOnlyList<PostingSummary> Postings, int Count, JobSearchFacets Facets)
{
    /// <summary>Counting stops here: beyond it the count is only known to be past the cap. It is also as far as paging goes.</summary>
    public const int CountCap = JobSearchQuery.MaxPage * JobSearchCriteria.PageSize;

    public bool CountIsCapped => Count > CountCap;

    public int PageCount => (Math.Min(Count, CountCap) + JobSearchCriteria.PageSize - 1) / JobSearchCriteria.PageSize;
}

/// <summary>
/// The values a search can be narrowed by. Each facet counts the postings that would match if that value were chosen
/// instead: all the other filters apply, its own does not. Counts are null on a form shown for a search that was refused.
/// When there were more than <see cref="CandidateCap"/> postings to count, counting stopped there: every count is then a
/// lower bound (<see cref="CountsAreLowerBounds"/>), and a value that was not met has no count rather than 0.
/// </summary>
public sealed record JobSearchFacets(
    IReadOnlyList<FacetOption> Roles,
    IReadOnlyList<FacetOption> Countries,
    IReadOnlyList<FacetOption> Workplaces,
    IReadOnlyList<FacetOption> EmploymentTypes,
    IReadOnlyList<FacetOption> Levels,
    IReadOnlyList<FacetOption> Skills,
    bool CountsAreLowerBounds = false)
{
    /// <summary>The most postings the facets count, so that a search for a common word costs no more than this many.</summary>
    public const int CandidateCap = 10_000;
}

/// <summary>One choice in a facet: its URL value, what people read, and how many postings it would give.</summary>
public sealed record FacetOption(string Value, string Label, int? Count);
