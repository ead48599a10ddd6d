using PythonCareers.Core.Salaries;

namespace PythonCareers.Web.Features.Admin.MarketFigures;

public sealed record MarketFigureRow(int Id, string CountryCode, CareerLevel Level, int OpenPositions, bool IsApproximate, string Source, DateOnly AsOf);
