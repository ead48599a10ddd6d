using PythonCareers.Core.Audit;
using PythonCareers.Core.Common;
using PythonCareers.Core.Market;

namespace PythonCareers.Web.Features.Admin.MarketFigures;

public sealed record MarketFigureEditViewModel(int? Id, MarketFigureForm Form, IReadOnlyList<Choice> Sources, IReadOnlyList<AuditVersion> History)
{
    /// <summary>What another editor stored while this one had the form open.</summary>
    public IReadOnlyList<StoredValue>? Conflict { get; init; }
}
