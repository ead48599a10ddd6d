namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// Whether migrating fills an empty board with sample postings (<see cref="Core.Content.SampleBoard"/>):
/// Samples:FillEmptyBoard, on unless set otherwise in Development, off unless set in other environments, and never in
/// Production whatever it says, so that a real board can never show made-up jobs.
/// </summary>
public static class SampleBoardSetting
{
    public const string Key = "Samples:FillEmptyBoard";

    public static bool FillsEmptyBoard(IHostEnvironment environment, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return !environment.IsProduction() && configuration.GetValue(Key, environment.IsDevelopment());
    }
}
