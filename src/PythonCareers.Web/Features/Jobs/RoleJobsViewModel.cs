using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Features.Jobs;

public sealed record RoleJobsViewModel(string RoleSlug, string RoleTitle, int Count, IReadOnlyList<PostingSummary> Newest)
{
    public string CountText => JobWording.CountText(Count);
}
