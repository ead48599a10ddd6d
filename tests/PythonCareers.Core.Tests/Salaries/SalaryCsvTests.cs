using System.Text;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Salaries.Editing;

namespace PythonCareers.Core.Tests.Salaries;

public sealed class SalaryCsvTests
{
    private const string Header = "role,country,currency,kind,level,period,minimum,average,maximum,source,as_of,derivation";

    [Fact]
    public void What_is_written_reads_back_the_same()
    {
        SalaryFigureRecord[] records =
        [
            new("python-programmer", null, "USD", EmploymentKind.Freelance, CareerLevel.AllLevels, PayPeriod.Day, null, 592m, null, "fm-2022", new DateOnly(2022, 11, 1), "8 hours, at \"the\" hourly average"),
            new("data-scientist", "DE", "EUR", EmploymentKind.Employed, CareerLevel.Senior, PayPeriod.Year, 20_000m, null, 70_000.50m, "tp-2026", new DateOnly(2026, 3, 26), null),
        ];
        using var file = new MemoryStream();

        SalaryCsv.Write(file, records);
        var (rows, problem) = SalaryCsv.Read(file.ToArray());

        Assert.Null(problem);
        Assert.Equal(records, rows.Select(r => r.ToRecord()));
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+SUM(1+1)")]
    [InlineData("-2+3")]
    [InlineData("@SUM(1)")]
    [InlineData("\t=1+1")]
    public void A_text_cell_a_spreadsheet_would_run_is_written_as_text(string derivation)
    {
        SalaryFigureRecord[] records =
        [
            new("python-programmer", null, "USD", EmploymentKind.Freelance, CareerLevel.AllLevels, PayPeriod.Day, null, 592m, null, "fm-2022", new DateOnly(2022, 11, 1), derivation),
        ];
        using var file = new MemoryStream();

        SalaryCsv.Write(file, records);
        var (rows, _) = SalaryCsv.Read(file.ToArray());

        Assert.True(SalaryCsv.IsFormula(derivation));
        Assert.Equal("'" + derivation, rows.Single().Derivation);
    }

    [Theory]
    [InlineData(';', "';'")]
    [InlineData('\t', "tabs")]
    public void Another_separator_is_named_in_the_refusal(char separator, string name)
    {
        var csv = $"{Header}\npython-programmer,US,USD,Employed,AllLevels,Year,,1,,fm-2022,2022-11-01,".Replace(',', separator);

        var (_, problem) = SalaryCsv.Read(Encoding.UTF8.GetBytes(csv));

        Assert.Equal($"This file uses {name} between values; export uses ','. Save it as comma-separated CSV and upload it again.", problem);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var (_, problem) = SalaryCsv.Read(Encoding.UTF8.GetBytes("role,country,currency\npython-programmer,US,USD\n"));

        Assert.Contains("Missing: kind, level, period", problem, StringComparison.Ordinal);
    }
}
