using PythonCareers.Web.Features.Admin.Audit;

namespace PythonCareers.Web.Features.Admin.Dashboard;

public sealed record DashboardViewModel(int WaitingCount, DateTime? OldestWaiting, IReadOnlyList<StaleFigure> StaleSalaries, int StaleMarketFigures, IReadOnlyList<AuditRow> RecentChanges);
