using PythonCareers.Core.Audit;
using PythonCareers.Core.Common;

namespace PythonCareers.Web.Features.Admin.SalaryFigures;

/// <summary>The add and edit page; <see cref="Conflict"/> holds the values another editor saved meanwhile.</summary>
public sealed record SalaryFigureEditViewModel(
    int? Id,
    SalaryFigureForm Form,
    IReadOnlyList<Choice> Roles,
    IReadOnlyList<Choice> Sources,
    IReadOnlyList<AuditVersion> History,
    DateTime? RetiredAt = null,
    IReadOnlyList<StoredValue>? Conflict = null);
