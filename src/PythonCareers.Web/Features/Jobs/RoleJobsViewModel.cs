using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;

namespace PythonCareers.Web.Features.Jobs;

public sealed record RoleJobsViewModel(string RoleSlug, string RoleTitle, int Count, IReadOnlyList<PostingSummary> Newest)
{
    public string CountText => JobSearchResult.FormatCount(Count);
}
