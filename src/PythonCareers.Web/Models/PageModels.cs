using PythonCareers.Core.Salaries;
using PythonCareers.Core.Skills;
using PythonCareers.Core.Sources;

namespace PythonCareers.Web.Models;

public sealed record TextWithSource(string Text, SourceCitation Source);

public sealed record RoleLink(string Slug, string Title);

public sealed record SkillLink(string Slug, string Name);

public sealed record AreaLink(string Slug, string Name);

public sealed record RoleCard(string Slug, string Title, string Summary, SalaryFigureView? Headline);

public sealed record AreaCard(string Slug, string Name, string PythonUse, SourceCitation Source);

public sealed record HomeViewModel(IReadOnlyList<TextWithSource> Facts, IReadOnlyList<AreaCard> Areas, IReadOnlyList<RoleCard> Roles);

public sealed record MarketFigureView(string CountryName, CareerLevel Level, int OpenPositions, bool IsApproximate, SourceCitation Source)
{
    public string OpenPositionsText => (IsApproximate ? "about " : "") + OpenPositions.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
}

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
    IReadOnlyList<MarketFigureView> Market);

public sealed record AreaDetailsViewModel(AreaCard Area, IReadOnlyList<RoleCard> Roles);

public sealed record SkillView(string Slug, string Name, SkillCategory Category, string Description);

public sealed record SkillDetailsViewModel(SkillView Skill, IReadOnlyList<RoleLink> Roles);

public sealed record SalaryIndexViewModel(IReadOnlyList<SalaryFigureView> Figures);

public sealed record SalaryDetailsViewModel(RoleLink Role, IReadOnlyList<SalaryFigureView> Figures, IReadOnlyList<SalaryChart> Charts, IReadOnlyList<SalaryTrend> Trends);
