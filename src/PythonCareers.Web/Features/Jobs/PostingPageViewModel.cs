using PythonCareers.Web.Features.Skills;

namespace PythonCareers.Web.Features.Jobs;

public sealed record PostingPageViewModel(
    PostingPage Posting,
    string DescriptionHtml,
    IReadOnlyList<SkillLink> Skills,
    MarketComparison Market,
    string? StructuredData);
