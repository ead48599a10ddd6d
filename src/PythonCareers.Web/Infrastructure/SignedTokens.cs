using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// The tokens in the site's emailed links that work without signing in (alerts, renewals): Data Protection payloads with
/// an expiry, one protector purpose per kind of link, read back as null when forged, altered, expired or of another kind.
/// </summary>
public static class SignedTokens
{
    private const int MaxLength = 1000;

    public static string Sign(ITimeLimitedDataProtector protector, string value, DateTimeOffset expires)
    {
        ArgumentNullException.ThrowIfNull(protector);
        return protector.Protect(value, expires);
    }

    public static string? Read(ITimeLimitedDataProtector protector, string? token)
    {
        ArgumentNullException.ThrowIfNull(protector);
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength)
        {
            return null;
        }

        try
        {
            return protector.Unprotect(token, out _);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
