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

    /// <summary>A slug made from free text ("Senior Python Developer (Berlin)" → "senior-python-developer-berlin").</summary>
    public static string FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unaccented = string.Concat(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark));
        var words = NotSlugCharacters().Split(unaccented.ToLowerInvariant()).Where(word => word.Length > 0);
        var slug = string.Join('-', words);
        slug = PlainText.Shorten(slug, MaxLength).TrimEnd('-');
        return slug.Length > 0 ? slug : "posting";
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotSlugCharacters();
}
