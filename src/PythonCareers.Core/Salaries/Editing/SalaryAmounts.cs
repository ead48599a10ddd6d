namespace PythonCareers.Core.Salaries.Editing;

/// <summary>Amounts as the admin pages print them: "min USD 70,000 / max USD 90,000".</summary>
public static class SalaryAmounts
{
    public static string Text(string currency, decimal? minimum, decimal? average, decimal? maximum) =>
        string.Join(" / ", new[] { ("min", minimum), ("avg", average), ("max", maximum) }
            .Where(a => a.Item2 is not null)
            .Select(a => $"{a.Item1} {Money.Format(currency, a.Item2!.Value)}"));
}
