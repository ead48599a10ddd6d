using PythonCareers.Core.Common;
using PythonCareers.Core.Skills;

namespace PythonCareers.Web.Features.Admin.Skills;

public sealed record SkillEditorViewModel(SkillForm Form)
{
    /// <summary>What another editor stored while this one had the form open.</summary>
    public IReadOnlyList<StoredValue>? Conflict { get; init; }

    /// <summary>Why the skill could not be deleted.</summary>
    public string? Refusal { get; init; }
}
