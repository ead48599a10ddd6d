namespace PythonCareers.Core.Skills;

/// <summary>A <see cref="SkillPremium"/> with its role's slug and title, as pages show it.</summary>
public sealed record SkillPremiumFigure(
    string RoleSlug, string RoleTitle, string Currency,
    int PostingsWith, int CompaniesWith, decimal MedianWith,
    int PostingsWithout, int CompaniesWithout, decimal MedianWithout);
