using PythonCareers.Web.Features.Roles;

namespace PythonCareers.Web.Features.Skills;

public sealed record SkillDetailsViewModel(SkillView Skill, IReadOnlyList<RoleLink> Roles);
