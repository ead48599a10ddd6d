namespace PythonCareers.Browser.Tests.Pages;

/// <summary>Who opens a page: anonymously, or signed in through the sign-in page as a recruiter or an editor.</summary>
public enum Viewer
{
    Anonymous,
    Recruiter,
    Editor,
}

/// <summary>
/// One kind of page, by a name that names its test case and screenshots, opened by <paramref name="Viewer"/> at the path
/// <paramref name="Path"/> makes from the records the tour stored, answering <paramref name="Status"/>.
/// </summary>
public sealed record PageType(string Name, Viewer Viewer, Func<TourRecords, string> Path, int Status = 200);

/// <summary>
/// Every page type of the site that the accessibility, screenshot and phone-width tests open: each public kind, the
/// alert pages, the error pages, and the main recruiter and admin forms. A new page type is added here, once, for all three.
/// </summary>
public static class PageTypes
{
    public static readonly IReadOnlyList<PageType> All =
    [
        new("home", Viewer.Anonymous, _ => "/"),
        new("roles", Viewer.Anonymous, _ => "/roles"),
        new("role", Viewer.Anonymous, _ => "/roles/data-scientist"),
        new("role-comparison-picker", Viewer.Anonymous, _ => "/roles/compare"),
        new("role-comparison", Viewer.Anonymous, _ => "/roles/compare/data-scientist/python-web-developer"),
        new("salaries", Viewer.Anonymous, _ => "/salaries"),
        new("salary", Viewer.Anonymous, _ => "/salaries/data-scientist"),
        new("skills", Viewer.Anonymous, _ => "/skills"),
        new("skill", Viewer.Anonymous, _ => "/skills/django"),
        new("career-area", Viewer.Anonymous, _ => "/areas/web-development"),
        new("company", Viewer.Anonymous, r => $"/companies/{r.CompanySlug}"),
        new("job-search", Viewer.Anonymous, _ => "/jobs?q=django&country=de&workplace=hybrid"),
        new("posting", Viewer.Anonymous, r => r.PostingPath),
        new("data", Viewer.Anonymous, _ => "/data"),
        new("sign-in", Viewer.Anonymous, _ => "/account/sign-in"),
        new("sign-up", Viewer.Anonymous, _ => "/account/sign-up"),
        new("forgot-password", Viewer.Anonymous, _ => "/account/forgot-password"),
        new("alert-subscribe", Viewer.Anonymous, _ => "/alerts/new?q=django&country=de"),
        new("alert-confirm", Viewer.Anonymous, r => r.AlertConfirmPath),
        new("alert-manage", Viewer.Anonymous, r => r.AlertManagePath),
        new("refused-search", Viewer.Anonymous, _ => "/jobs?workplace=moon", Status: 400),
        new("not-found", Viewer.Anonymous, _ => "/no-such-page", Status: 404),
        new("recruiter-postings", Viewer.Recruiter, _ => "/recruiter/postings"),
        new("recruiter-posting-form", Viewer.Recruiter, _ => "/recruiter/postings/new"),
        new("recruiter-posting", Viewer.Recruiter, r => $"/recruiter/postings/{r.PostingId}"),
        new("recruiter-posting-edit", Viewer.Recruiter, r => $"/recruiter/postings/{r.PostingId}/edit"),
        new("recruiter-company-profile", Viewer.Recruiter, _ => "/recruiter/company"),
        new("admin-dashboard", Viewer.Editor, _ => "/admin"),
        new("admin-moderation-queue", Viewer.Editor, _ => "/admin/moderation"),
        new("admin-moderation-review", Viewer.Editor, r => $"/admin/moderation/{r.InReviewPostingId}"),
        new("admin-salary-figures", Viewer.Editor, _ => "/admin/salaries"),
        new("admin-salary-figure-edit", Viewer.Editor, r => $"/admin/salaries/{r.SalaryFigureId}"),
        new("admin-salary-import", Viewer.Editor, _ => "/admin/salaries/import"),
        new("admin-role-profiles", Viewer.Editor, _ => "/admin/roles"),
        new("admin-role-profile-edit", Viewer.Editor, r => $"/admin/roles/{r.RoleProfileId}"),
        new("admin-skills", Viewer.Editor, _ => "/admin/skills"),
        new("admin-career-areas", Viewer.Editor, _ => "/admin/areas"),
        new("admin-sources", Viewer.Editor, _ => "/admin/sources"),
        new("admin-market-figures", Viewer.Editor, _ => "/admin/market"),
        new("admin-audit", Viewer.Editor, _ => "/admin/audit"),
    ];

    /// <summary>The page types' names, as the test cases of a [Theory]: a failure names its page.</summary>
    public static TheoryData<string> Names => [.. All.Select(page => page.Name)];

    public static PageType Named(string name) => All.Single(page => page.Name == name);
}
