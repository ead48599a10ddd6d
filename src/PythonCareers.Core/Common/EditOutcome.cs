namespace PythonCareers.Core.Common;

public enum EditOutcome
{
    Saved,

    /// <summary>Another editor saved first; nothing was stored.</summary>
    Conflict,

    /// <summary>A rule refused the edit; nothing was stored.</summary>
    Refused,
}
