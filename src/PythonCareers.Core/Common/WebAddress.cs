namespace PythonCareers.Core.Common;

/// <summary>Links people may follow: absolute http or https addresses only (never javascript: or data:).</summary>
public static class WebAddress
{
    public static bool IsValid(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && !string.IsNullOrEmpty(uri.Host);
}
