namespace PythonCareers.Core.Jobs;

/// <summary>
/// Something about a posting's pay that is likely a mistake but may be true (<see cref="SalaryPlausibility"/>): the
/// recruiter sees it next to the pay fields and may confirm the pay as entered, which the posting records.
/// </summary>
public enum SalaryWarning
{
    /// <summary>The top of the range is more than three times its bottom.</summary>
    WideRange,

    /// <summary>A yearly figure the size of a month's pay in its currency.</summary>
    LooksMonthly,

    /// <summary>A yearly figure the size of an hour's pay in its currency.</summary>
    LooksHourly,

    /// <summary>Far below what this role's postings in the country offer (the posted-salary index).</summary>
    FarBelowPostings,

    /// <summary>Far above what this role's postings in the country offer.</summary>
    FarAbovePostings,
}
