using System.Text.RegularExpressions;

namespace PythonCareers.Core.Common;

/// <summary>URL names such as <c>data-scientist</c>: lower-case letters and digits in kebab case.</summary>
public static partial class Slug
{
    public const int MaxLength = 80;

    /// <summary>The same rule as a PostgreSQL regular expression, for check constraints.</summary>
    public const string SqlPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(value);

    public static string Require(string? value) =>
        IsValid(value)
            ? value!
            : throw new DomainRuleException($"'{value}' is not a slug: use lower-case letters, digits and single hyphens, at most {MaxLength} characters.");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
