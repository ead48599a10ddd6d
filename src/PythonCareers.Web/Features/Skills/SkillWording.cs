using System.Globalization;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Features.Jobs;

namespace PythonCareers.Web.Features.Skills;

/// <summary>Skill demand as the skill pages print it.</summary>
public static class SkillWording
{
    /// <summary>"1 posting", "1,234 postings".</summary>
    public static string PostingsText(int count) => count == 1 ? "1 posting" : $"{Money.Number(count)} postings";

    /// <summary>A share as a percentage to one decimal, "12.5%"; a share of no postings at all is "no share".</summary>
    public static string ShareText(decimal? share) =>
        share is { } value ? (value * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "no share";

    /// <summary>"22:15 UTC on 1 December 2026".</summary>
    public static string CountedText(DateTime countedAt) =>
        countedAt.ToUniversalTime().ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC on " + JobDates.Text(countedAt.ToUniversalTime());

    /// <summary>How much higher or lower the median with the skill is than without: "+8%", "-3%", "the same".</summary>
    public static string DifferenceText(decimal with, decimal without)
    {
        var percent = Math.Round((with - without) / without * 100m, MidpointRounding.AwayFromZero);
        return percent == 0 ? "the same" : percent.ToString("+0;-0", CultureInfo.InvariantCulture) + "%";
    }
}
