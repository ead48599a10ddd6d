using PythonCareers.Core.Salaries;
using PythonCareers.Core.Sources;

namespace PythonCareers.Web.Features.Roles;

public sealed record MarketFigureView(string CountryName, CareerLevel Level, int OpenPositions, bool IsApproximate, SourceCitation Source)
{
    public string OpenPositionsText => (IsApproximate ? "about " : "") + OpenPositions.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
}
