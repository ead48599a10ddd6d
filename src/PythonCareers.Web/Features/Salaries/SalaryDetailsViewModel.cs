using PythonCareers.Web.Features.Roles;

namespace PythonCareers.Web.Features.Salaries;

public sealed record SalaryDetailsViewModel(
    RoleLink Role,
    IReadOnlyList<SalaryFigureView> Figures,
    IReadOnlyList<SalaryChart> Charts,
    IReadOnlyList<SalaryTrend> Trends,
    PostedPayViewModel PostedPay,
    IReadOnlyList<SalaryChart> PostedCharts);
