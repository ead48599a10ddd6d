using PythonCareers.Core.Salaries.Editing;

namespace PythonCareers.Web.Features.Admin.SalaryFigures;

public sealed record SalaryFigureRow(int Id, SalaryFigureRecord Record, string RoleTitle)
{
    public string AmountText => SalaryAmounts.Text(Record.Currency, Record.Minimum, Record.Average, Record.Maximum);
}
