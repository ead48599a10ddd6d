using PythonCareers.Core.Skills;

namespace PythonCareers.Web.Features.Admin.Skills;

public sealed record SkillRow(int Id, string Slug, string Name, SkillCategory Category, int RoleCount);
