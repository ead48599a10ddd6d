using PythonCareers.Core.Sources;

namespace PythonCareers.Web.Features.Admin.DataSources;

public sealed record DataSourceRow(int Id, string Key, string Publisher, string Title, DateOnly AsOf, DatePrecision Precision, int SalaryFigures, int MarketFigures, int Other)
{
    public string AsOfText => SourceCitation.FormatAsOf(AsOf, Precision);
}
