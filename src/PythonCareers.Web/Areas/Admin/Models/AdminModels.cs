using System.Linq.Expressions;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Web.Areas.Admin.Models;

public sealed record StaleFigure(int Id, string RoleTitle, string? CountryCode, string Currency, CareerLevel Level, DateOnly AsOf);

public sealed record AuditRow(long Id, DateTime At, string UserName, AuditAction Action, string EntityType, string EntityId, string Summary)
{
    public static readonly Expression<Func<AuditEntry, AuditRow>> FromEntry = a => new AuditRow(a.Id, a.At, a.UserName, a.Action, a.EntityType, a.EntityId, a.Summary);
}

public sealed record DashboardViewModel(int WaitingCount, DateTime? OldestWaiting, IReadOnlyList<StaleFigure> StaleSalaries, int StaleMarketFigures, IReadOnlyList<AuditRow> RecentChanges);
