using System.Globalization;

namespace PythonCareers.Core.Common;

/// <summary>
/// What text from people may hold, and how it is shortened. PostgreSQL refuses a NUL byte and Npgsql refuses half a
/// surrogate pair, so neither may reach a write; other control characters are refused because no form means them.
/// Tabs and line breaks are text only where a field has several lines.
/// </summary>
public static class PlainText
{
    public const string ControlCharacterMessage =
        "This text held a control character (such as a NUL byte), which cannot be stored: check the text and send it again.";

    /// <summary>Whether <paramref name="text"/> holds only characters a field of this kind may store.</summary>
    public static bool IsStorable(string text, bool multiline)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsStorableAt(text, i, multiline))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><paramref name="text"/> without the characters <see cref="IsStorable"/> refuses.</summary>
    public static string Storable(string text, bool multiline)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsStorable(text, multiline)
            ? text
            : string.Concat(text.Where((_, i) => IsStorableAt(text, i, multiline)));
    }

    /// <summary>
    /// At most <paramref name="maxLength"/> UTF-16 units of <paramref name="text"/>, cut between whole characters as people
    /// see them (never inside a surrogate pair, and never between a letter and its combining marks or an emoji's joined parts).
    /// </summary>
    public static string Shorten(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var end = 0;
        while (end < text.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(text, end);
            if (next > maxLength)
            {
                break;
            }

            end = next;
        }

        return text[..end];
    }

    private static bool IsStorableAt(string text, int i, bool multiline)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(text[i - 1]);
        }

        return !char.IsControl(c) || (multiline && c is '\t' or '\n' or '\r');
    }
}
