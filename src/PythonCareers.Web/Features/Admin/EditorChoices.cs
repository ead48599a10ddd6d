namespace PythonCareers.Web.Features.Admin;

/// <summary>A checkbox list of a content editor.</summary>
public sealed record EditorChoices(string Name, string Legend, IReadOnlyList<Choice> Options, IReadOnlyCollection<int> Selected);
