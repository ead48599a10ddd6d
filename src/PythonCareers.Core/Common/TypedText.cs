using System.Globalization;

namespace PythonCareers.Core.Common;

/// <summary>
/// Dates and named values as editors type them into a form or a CSV holds them: one reading for every form and import,
/// so that the same text means the same value everywhere.
/// </summary>
public static class TypedText
{
    public const string DateFormat = "yyyy-MM-dd";

    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Enum members by name, exactly as the export writes them (never by number).</summary>
    public static bool TryName<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        var trimmed = text?.Trim();
        return !string.IsNullOrEmpty(trimmed) && char.IsAsciiLetter(trimmed[0]) && Enum.TryParse(trimmed, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
