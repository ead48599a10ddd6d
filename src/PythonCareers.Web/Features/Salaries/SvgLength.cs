using System.Globalization;

namespace PythonCareers.Web.Features.Salaries;

/// <summary>Lengths for the salary charts' SVG attributes, printed the same in every culture.</summary>
public static class SvgLength
{
    /// <summary>A share of the chart's width, such as "37.5%", to two decimals.</summary>
    public static string Percent(decimal share) => Math.Round(share, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
