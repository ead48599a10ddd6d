namespace PythonCareers.Web.Features.Skills;

/// <summary>How /skills lists the skills: by category and name (the default), or by how many live postings ask for each.</summary>
public enum SkillOrder
{
    Category,
    Demand,
}
