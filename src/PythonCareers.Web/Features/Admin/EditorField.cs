namespace PythonCareers.Web.Features.Admin;

/// <summary>A text, number or Markdown field of a content editor, with its label and the message next to it.</summary>
public sealed record EditorField(string Name, string Label, string? Value, int MaxLength = 0, int Rows = 0, string? Hint = null, string Type = "text");
