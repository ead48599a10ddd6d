namespace PythonCareers.Web.Features.Skills;

public sealed record SkillLink(string Slug, string Name);
