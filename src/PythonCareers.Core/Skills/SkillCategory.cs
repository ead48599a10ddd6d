namespace PythonCareers.Core.Skills;

/// <summary>Skill groups, in the order the skills page lists them.</summary>
public enum SkillCategory
{
    CorePython,
    WebFrameworks,
    Databases,
    VersionControl,
    Testing,
    Apis,
    CloudPlatforms,
    DevOps,
    DataLibraries,
    FrontEnd,
    SoftSkills,
}

public static class SkillCategoryNames
{
    public static string DisplayName(this SkillCategory category) => category switch
    {
        SkillCategory.CorePython => "Core Python",
        SkillCategory.WebFrameworks => "Web frameworks",
        SkillCategory.Databases => "Databases",
        SkillCategory.VersionControl => "Version control",
        SkillCategory.Testing => "Testing",
        SkillCategory.Apis => "APIs",
        SkillCategory.CloudPlatforms => "Cloud platforms",
        SkillCategory.DevOps => "DevOps",
        SkillCategory.DataLibraries => "Data libraries",
        SkillCategory.FrontEnd => "Front end",
        SkillCategory.SoftSkills => "Soft skills",
        _ => category.ToString(),
    };
}
