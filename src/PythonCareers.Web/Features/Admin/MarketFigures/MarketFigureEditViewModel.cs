using PythonCareers.Core.Audit;

namespace PythonCareers.Web.Features.Admin.MarketFigures;

public sealed record MarketFigureEditViewModel(int? Id, MarketFigureForm Form, IReadOnlyList<Choice> Sources, IReadOnlyList<AuditVersion> History, string? Conflict = null);
