using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;

namespace PythonCareers.Web.Features.Admin.RoleProfiles;

public sealed record RoleEditorViewModel(RoleForm Form, RoleChoices Choices)
{
    /// <summary>The stored slug and state, for the status line and the publish buttons (null for a new role).</summary>
    public RoleRow? Stored { get; init; }

    public string? DescriptionPreview { get; init; }

    public string? BackgroundPreview { get; init; }

    /// <summary>What another editor stored while this one had the form open.</summary>
    public IReadOnlyList<StoredValue>? Conflict { get; init; }
}
