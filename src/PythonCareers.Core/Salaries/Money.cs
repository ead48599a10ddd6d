using System.Globalization;

namespace PythonCareers.Core.Salaries;

/// <summary>Amounts as the site prints them: ISO currency code first, grouped digits, cents only when there are any.</summary>
public static class Money
{
    public static string Format(string currency, decimal amount) => $"{currency} {Number(amount)}";

    public static string FormatRange(string currency, decimal minimum, decimal maximum) =>
        $"{currency} {Number(minimum)}-{Number(maximum)}";

    public static string Number(decimal amount) =>
        amount.ToString(decimal.Truncate(amount) == amount ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);
}
