using PythonCareers.Core.Audit;
using PythonCareers.Core.Common;
using PythonCareers.Core.Sources;

namespace PythonCareers.Web.Features.Admin.DataSources;

public sealed record DataSourceEditViewModel(int? Id, DataSourceForm Form, IReadOnlyList<AuditVersion> History)
{
    /// <summary>What another editor stored while this one had the form open.</summary>
    public IReadOnlyList<StoredValue>? Conflict { get; init; }
}
