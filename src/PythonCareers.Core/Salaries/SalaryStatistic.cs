using PythonCareers.Core.Common;

namespace PythonCareers.Core.Salaries;

/// <summary>The numbers a source gives for one salary: any of minimum, average and maximum, at least one, in order.</summary>
public sealed record SalaryStatistic
{
    public SalaryStatistic(decimal? minimum, decimal? average, decimal? maximum)
    {
        if (minimum is null && average is null && maximum is null)
        {
            throw new DomainRuleException("A salary figure needs at least one of minimum, average and maximum.");
        }

        RequirePositive(minimum, "minimum");
        RequirePositive(average, "average");
        RequirePositive(maximum, "maximum");
        RequireOrder(minimum, average, "minimum", "average");
        RequireOrder(average, maximum, "average", "maximum");
        RequireOrder(minimum, maximum, "minimum", "maximum");
        Minimum = minimum;
        Average = average;
        Maximum = maximum;
    }

    public decimal? Minimum { get; }

    public decimal? Average { get; }

    public decimal? Maximum { get; }

    public static SalaryStatistic AverageOf(decimal average) => new(null, average, null);

    public static SalaryStatistic Range(decimal minimum, decimal maximum) => new(minimum, null, maximum);

    private static void RequirePositive(decimal? amount, string name)
    {
        if (amount <= 0)
        {
            throw new DomainRuleException($"The {name} must be greater than zero.");
        }
    }

    private static void RequireOrder(decimal? lower, decimal? higher, string lowerName, string higherName)
    {
        if (lower > higher)
        {
            throw new DomainRuleException($"The {lowerName} ({lower}) must not be above the {higherName} ({higher}).");
        }
    }
}
