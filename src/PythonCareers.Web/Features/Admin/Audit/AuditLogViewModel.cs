namespace PythonCareers.Web.Features.Admin.Audit;

public sealed record AuditLogViewModel(AuditQuery Query, IReadOnlyList<AuditRow> Rows, bool HasMore, IReadOnlyList<string> EntityTypes);
