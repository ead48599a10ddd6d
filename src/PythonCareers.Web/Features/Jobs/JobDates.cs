namespace PythonCareers.Web.Features.Jobs;

/// <summary>Dates as the job pages print them: "3 March 2026", UTC.</summary>
public static class JobDates
{
    public static string Text(DateTime value) => value.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>For the datetime attribute of a time element.</summary>
    public static string Machine(DateTime value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
