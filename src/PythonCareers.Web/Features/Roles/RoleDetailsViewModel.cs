using PythonCareers.Core.Sources;
using PythonCareers.Web.Features.CareerAreas;
using PythonCareers.Web.Features.Home;
using PythonCareers.Web.Features.Jobs;
using PythonCareers.Web.Features.Salaries;
using PythonCareers.Web.Features.Skills;

namespace PythonCareers.Web.Features.Roles;

public sealed record RoleDetailsViewModel(
    string Slug,
    string Title,
    string Summary,
    string Description,
    string BackgroundAndEducation,
    SourceCitation Source,
    IReadOnlyList<string> Responsibilities,
    IReadOnlyList<TextWithSource> SharedActivities,
    IReadOnlyList<SkillLink> Skills,
    IReadOnlyList<AreaLink> Areas,
    IReadOnlyList<RoleLink> RelatedRoles,
    IReadOnlyList<SalaryFigureView> Salaries,
    PostedPayViewModel PostedPay,
    IReadOnlyList<MarketFigureView> Market,
    RoleJobsViewModel Jobs,
    IReadOnlyList<RoleLink> OtherRoles);
