namespace PythonCareers.Web.Features.Roles;

/// <summary>The form that picks two roles to compare, with the pair it starts from and, when a pick was refused, why.</summary>
public sealed record RolePickerViewModel(IReadOnlyList<RoleLink> Roles, string? First, string? Second, string? Refusal)
{
    /// <summary>The role the first list starts on: the one asked for, else the first.</summary>
    public string? ShownFirst => First ?? (Roles.Count > 0 ? Roles[0].Slug : null);

    /// <summary>The role the second list starts on: the one asked for, else the first that is not the first list's, so the form is ready to send.</summary>
    public string? ShownSecond => Second ?? Roles.FirstOrDefault(r => r.Slug != ShownFirst)?.Slug;
}
