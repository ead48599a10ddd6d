using PythonCareers.Core.Jobs;
using PythonCareers.Web.Features.Skills;

namespace PythonCareers.Web.Features.Jobs;

public sealed record PostingPageViewModel(
    PostingPage Posting,
    string DescriptionHtml,
    IReadOnlyList<SkillLink> Skills,
    MarketComparison Market,
    string? StructuredData,
    IReadOnlyList<PostingSummary> Similar)
{
    /// <summary>How many similar live postings a posting page lists.</summary>
    public const int SimilarShown = 5;
}
