using PythonCareers.Core.CareerAreas;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Skills;

namespace PythonCareers.Web.Areas.Admin.Models;

/// <summary>One entry of a select or checkbox list in the content editors.</summary>
public sealed record ListOption(int Id, string Name);

/// <summary>A text, number or Markdown field of a content editor, with its label and the message next to it.</summary>
public sealed record EditorField(string Name, string Label, string? Value, int MaxLength = 0, int Rows = 0, string? Hint = null, string Type = "text");

/// <summary>A checkbox list of a content editor.</summary>
public sealed record EditorChoices(string Name, string Legend, IReadOnlyList<ListOption> Options, IReadOnlyCollection<int> Selected);

/// <summary>A value as another editor saved it while this editor had the form open.</summary>
public sealed record SavedValue(string Label, string Value);

public sealed record RoleRow(int Id, string Slug, string Title, bool IsPublished);

public sealed record RoleChoices(IReadOnlyList<ListOption> Sources, IReadOnlyList<ListOption> Skills, IReadOnlyList<ListOption> Areas, IReadOnlyList<ListOption> Roles);

public sealed record RoleEditorViewModel(RoleForm Form, RoleChoices Choices)
{
    /// <summary>The stored slug and state, for the status line and the publish buttons (null for a new role).</summary>
    public RoleRow? Stored { get; init; }

    public string? DescriptionPreview { get; init; }

    public string? BackgroundPreview { get; init; }

    public IReadOnlyList<SavedValue>? SavedMeanwhile { get; init; }
}

public sealed record SkillRow(int Id, string Slug, string Name, SkillCategory Category, int RoleCount);

public sealed record SkillEditorViewModel(SkillForm Form)
{
    public IReadOnlyList<SavedValue>? SavedMeanwhile { get; init; }

    /// <summary>Why the skill could not be deleted.</summary>
    public string? Refusal { get; init; }
}

public sealed record CareerAreaRow(int Id, string Slug, string Name, int RoleCount);

public sealed record CareerAreaEditorViewModel(CareerAreaForm Form, IReadOnlyList<ListOption> Sources)
{
    public IReadOnlyList<SavedValue>? SavedMeanwhile { get; init; }

    /// <summary>Why the area could not be deleted.</summary>
    public string? Refusal { get; init; }
}
