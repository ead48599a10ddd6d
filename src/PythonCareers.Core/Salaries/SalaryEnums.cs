namespace PythonCareers.Core.Salaries;

public enum EmploymentKind
{
    Employed,
    Freelance,
}

/// <summary>Seniority a figure applies to; <see cref="AllLevels"/> when the source does not split by level.</summary>
public enum CareerLevel
{
    Entry,
    Mid,
    Senior,
    AllLevels,
}

/// <summary>Stored by name, listed in this order: an hourly rate comes before the day rate derived from it.</summary>
public enum PayPeriod
{
    Year,
    Month,
    Hour,
    Day,
}

public static class SalaryNames
{
    public static string DisplayName(this CareerLevel level) => level switch
    {
        CareerLevel.Entry => "Entry level",
        CareerLevel.Mid => "Mid level",
        CareerLevel.Senior => "Senior",
        _ => "All levels",
    };

    public static string DisplayName(this EmploymentKind kind) => kind == EmploymentKind.Freelance ? "Freelance" : "Employed";

    /// <summary>How many of a period make a year, for comparing pay: 12 months, 220 working days or 1,760 working hours (220 days of 8 hours).</summary>
    public static decimal PerYear(this PayPeriod period) => period switch
    {
        PayPeriod.Month => 12m,
        PayPeriod.Day => 220m,
        PayPeriod.Hour => 1_760m,
        _ => 1m,
    };

    public static string Per(this PayPeriod period) => period switch
    {
        PayPeriod.Hour => "an hour",
        PayPeriod.Day => "a day",
        PayPeriod.Month => "a month",
        _ => "a year",
    };
}
