namespace PythonCareers.Browser.Tests.Pages;

/// <summary>The records the tour stores before it opens the pages, which the paths of <see cref="PageTypes"/> name.</summary>
public sealed record TourRecords(
    string CompanySlug,
    int PostingId,
    string PostingPath,
    int InReviewPostingId,
    int SalaryFigureId,
    int RoleProfileId,
    string AlertConfirmPath,
    string AlertManagePath);
