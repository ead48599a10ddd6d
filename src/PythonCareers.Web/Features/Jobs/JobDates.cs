using System.Globalization;

namespace PythonCareers.Web.Features.Jobs;

/// <summary>Dates as the job pages print them: "3 March 2026", UTC.</summary>
public static class JobDates
{
    public static string Text(DateTime value) => value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>For the datetime attribute of a time element.</summary>
    public static string Machine(DateTime value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// How long ago a posting was published, counted in UTC calendar days ("today", "yesterday", "5 days ago", "3 weeks
    /// ago", "2 months ago"). Days, not hours, because listings are served from a cache for up to an hour.
    /// </summary>
    public static string Ago(DateTime published, DateTime now)
    {
        var days = (now.ToUniversalTime().Date - published.ToUniversalTime().Date).Days;
        return days switch
        {
            <= 0 => "today",
            1 => "yesterday",
            < 14 => $"{days} days ago",
            < 60 => $"{days / 7} weeks ago",
            _ => $"{days / 30} months ago",
        };
    }
}
