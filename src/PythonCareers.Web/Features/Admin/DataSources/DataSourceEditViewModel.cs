using PythonCareers.Core.Audit;

namespace PythonCareers.Web.Features.Admin.DataSources;

public sealed record DataSourceEditViewModel(int? Id, DataSourceForm Form, IReadOnlyList<AuditVersion> History, string? Conflict = null);
