namespace PythonCareers.Core.Jobs.Search;

public enum JobSearchSort
{
    /// <summary>Best text match first; only with search text (otherwise newest).</summary>
    Relevance,

    /// <summary>Newest first: published_at, then id, both descending.</summary>
    Newest,

    /// <summary>Highest yearly maximum first, within one currency.</summary>
    Salary,
}
