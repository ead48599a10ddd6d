namespace PythonCareers.Core.Roles;

public enum CareerFactKind
{
    /// <summary>A reason Python matters for a career, shown on the home page.</summary>
    WhyPython = 1,

    /// <summary>A daily activity that every Python role shares, shown on each role page.</summary>
    SharedActivity = 2,
}
