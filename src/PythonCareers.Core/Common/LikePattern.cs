namespace PythonCareers.Core.Common;

/// <summary>ILIKE patterns from what someone typed: their % and _ match themselves, not anything.</summary>
public static class LikePattern
{
    public static string Containing(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = text.Trim()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
        return $"%{escaped}%";
    }
}
