namespace PythonCareers.Core.Common;

internal static class Guard
{
    public static string Text(string? value, string what, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainRuleException($"{what} is required.");
        }

        return trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainRuleException($"{what} must be at most {maxLength} characters.");
    }
}
