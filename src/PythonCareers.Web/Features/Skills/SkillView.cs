using PythonCareers.Core.Skills;

namespace PythonCareers.Web.Features.Skills;

public sealed record SkillView(string Slug, string Name, SkillCategory Category, string Description);
