using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Features.Jobs;

public sealed record RoleJobsViewModel(string RoleSlug, string RoleTitle, int Count, IReadOnlyList<PostingSummary> Newest)
{
    /// <summary>How many of the newest postings the role page links.</summary>
    public const int Shown = 5;

    public string CountText => JobWording.CountText(Count);
}
