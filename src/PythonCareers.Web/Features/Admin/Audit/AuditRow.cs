using System.Linq.Expressions;
using PythonCareers.Core.Audit;

namespace PythonCareers.Web.Features.Admin.Audit;

public sealed record AuditRow(long Id, DateTime At, string UserName, AuditAction Action, string EntityType, string EntityId, string Summary)
{
    public static readonly Expression<Func<AuditEntry, AuditRow>> FromEntry = a => new AuditRow(a.Id, a.At, a.UserName, a.Action, a.EntityType, a.EntityId, a.Summary);
}
