using PythonCareers.Core.CareerAreas;

namespace PythonCareers.Web.Features.Admin.CareerAreas;

public sealed record CareerAreaEditorViewModel(CareerAreaForm Form, IReadOnlyList<Choice> Sources)
{
    public IReadOnlyList<SavedValue>? SavedMeanwhile { get; init; }

    /// <summary>Why the area could not be deleted.</summary>
    public string? Refusal { get; init; }
}
