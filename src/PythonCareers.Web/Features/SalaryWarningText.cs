using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Features;

/// <summary>How the posting form and the review page word a warning about a posting's pay.</summary>
public static class SalaryWarningText
{
    public static string For(SalaryWarning warning) => warning switch
    {
        SalaryWarning.WideRange => $"The top of the range is more than {SalaryPlausibility.WidestRange:0} times its bottom: job seekers read so wide a range as no range at all.",
        SalaryWarning.LooksMonthly => "For a year's pay in this currency this is low: it looks like a month's pay. If it is, choose \"month\" as the period.",
        SalaryWarning.LooksHourly => "For a year's pay in this currency this is very low: it looks like an hour's pay. If it is, choose \"hour\" as the period.",
        SalaryWarning.FarBelowPostings => "This is far below what other postings for this role, level and country offer on PythonCareers (under half of their lower quarter).",
        SalaryWarning.FarAbovePostings => "This is far above what other postings for this role, level and country offer on PythonCareers (over twice their upper quarter).",
        _ => warning.ToString(),
    };
}
