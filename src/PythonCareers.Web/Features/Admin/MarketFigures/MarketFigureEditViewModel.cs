using PythonCareers.Web.Features.Admin.Audit;

namespace PythonCareers.Web.Features.Admin.MarketFigures;

public sealed record MarketFigureEditViewModel(int? Id, MarketFigureForm Form, IReadOnlyList<Choice> Sources, IReadOnlyList<AuditVersion> History, string? Conflict = null);
