namespace PythonCareers.Web.Features.Admin.RoleProfiles;

public sealed record RoleChoices(IReadOnlyList<Choice> Sources, IReadOnlyList<Choice> Skills, IReadOnlyList<Choice> Areas, IReadOnlyList<Choice> Roles);
