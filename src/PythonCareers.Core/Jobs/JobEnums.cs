namespace PythonCareers.Core.Jobs;

/// <summary>
/// The life of a posting: Draft → InReview → Published or Rejected; a published posting ends as Expired, Filled or Withdrawn.
/// </summary>
public enum PostingStatus
{
    Draft,
    InReview,
    Published,
    Rejected,
    Expired,
    Filled,
    Withdrawn,
}

public enum EmploymentType
{
    FullTime,
    PartTime,
    Contract,
    Freelance,
    Internship,
}

public enum JobLevel
{
    Entry,
    Mid,
    Senior,
    Lead,
}

public enum Workplace
{
    OnSite,
    Hybrid,
    Remote,
}

public static class JobNames
{
    public static string DisplayName(this PostingStatus status) => status switch
    {
        PostingStatus.InReview => "In review",
        _ => status.ToString(),
    };

    public static string DisplayName(this EmploymentType type) => type switch
    {
        EmploymentType.FullTime => "Full-time",
        EmploymentType.PartTime => "Part-time",
        _ => type.ToString(),
    };

    public static string DisplayName(this JobLevel level) => level.ToString();

    public static string DisplayName(this Workplace workplace) => workplace == Workplace.OnSite ? "On-site" : workplace.ToString();
}
