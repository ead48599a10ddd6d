using System.Text.RegularExpressions;

namespace PythonCareers.Core.Common;

/// <summary>
/// Addresses people may write to: a plain name@domain.example, the rule both for what a form accepts and for what a page
/// makes into a mailto: link. Left out on purpose: quoted names, display names, comments, IP literals, and the characters
/// that change a mailto: link's meaning (? starts headers, % escapes, # ends the address).
/// </summary>
public static partial class EmailAddress
{
    public const int MaxLength = 254;

    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(value);

    [GeneratedRegex(@"^(?=[^@]{1,64}@)[A-Za-z0-9!$&'*+/=^_`{|}~-]+(\.[A-Za-z0-9!$&'*+/=^_`{|}~-]+)*@(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
