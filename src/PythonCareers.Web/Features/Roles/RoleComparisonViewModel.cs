using PythonCareers.Core.Sources;
using PythonCareers.Web.Features.Home;
using PythonCareers.Web.Features.Skills;

namespace PythonCareers.Web.Features.Roles;

/// <summary>Two roles side by side: their days, skills, cited pay, open postings and the market, and the picker for another pair.</summary>
public sealed record RoleComparisonViewModel(
    RoleSide First,
    RoleSide Second,
    IReadOnlyList<DutyView> FirstDuties,
    IReadOnlyList<DutyView> SecondDuties,
    IReadOnlyList<TextWithSource> SharedActivities,
    IReadOnlyList<SkillLink> SharedSkills,
    IReadOnlyList<SkillLink> FirstOnlySkills,
    IReadOnlyList<SkillLink> SecondOnlySkills,
    IReadOnlyList<CitedPayRow> CitedPay,
    IReadOnlyList<PostedPayRow> PostedPay,
    IReadOnlyList<MarketFigureView> Market,
    SourceCitation OpenPostingsSource,
    RolePickerViewModel Picker);
