using PythonCareers.Core.Skills;

namespace PythonCareers.Web.Features.Admin.Skills;

public sealed record SkillEditorViewModel(SkillForm Form)
{
    public IReadOnlyList<SavedValue>? SavedMeanwhile { get; init; }

    /// <summary>Why the skill could not be deleted.</summary>
    public string? Refusal { get; init; }
}
