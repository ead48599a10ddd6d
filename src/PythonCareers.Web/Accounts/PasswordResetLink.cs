namespace PythonCareers.Web.Accounts;

/// <summary>The link in a "choose your password" email, for a reset and for the first admin alike.</summary>
public static class PasswordResetLink
{
    public static string For(string publicOrigin, string email, string token)
    {
        ArgumentNullException.ThrowIfNull(publicOrigin);
        return $"{publicOrigin.TrimEnd('/')}/account/reset-password?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}";
    }
}
