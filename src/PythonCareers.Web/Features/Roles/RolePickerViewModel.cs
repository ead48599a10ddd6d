namespace PythonCareers.Web.Features.Roles;

/// <summary>The form that picks two roles to compare, with the pair it starts from and, when a pick was refused, why.</summary>
public sealed record RolePickerViewModel(IReadOnlyList<RoleLink> Roles, string? First, string? Second, string? Refusal);
