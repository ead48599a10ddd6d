using PythonCareers.Core.Mail;
using PythonCareers.Web.Features.Admin.Audit;

namespace PythonCareers.Web.Features.Admin.Dashboard;

public sealed record DashboardViewModel(int WaitingCount, DateTime? OldestWaiting, IReadOnlyList<StaleFigure> StaleSalaries, int StaleMarketFigures, IReadOnlyList<OutgoingMail> Undelivered, IReadOnlyList<AuditRow> RecentChanges);
