using PythonCareers.Core.CareerAreas;
using PythonCareers.Core.Common;

namespace PythonCareers.Web.Features.Admin.CareerAreas;

public sealed record CareerAreaEditorViewModel(CareerAreaForm Form, IReadOnlyList<Choice> Sources)
{
    /// <summary>What another editor stored while this one had the form open.</summary>
    public IReadOnlyList<StoredValue>? Conflict { get; init; }

    /// <summary>Why the area could not be deleted.</summary>
    public string? Refusal { get; init; }
}
