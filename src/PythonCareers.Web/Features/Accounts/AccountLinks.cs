using Microsoft.Extensions.Options;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Accounts;

/// <summary>The links in account emails, made from the account routes on Site:PublicOrigin (an email has no request to be relative to).</summary>
public sealed class AccountLinks(LinkGenerator links, IOptions<SiteOptions> site)
{
    /// <summary>Where to choose a password, for a reset and for the first admin alike.</summary>
    public Uri ResetPassword(string email, string token) => To(nameof(AccountsController.ResetPassword), new { email, token });

    public Uri ConfirmEmail(string email, string token) => To(nameof(AccountsController.ConfirmEmail), new { email, token });

    public Uri SignIn() => To(nameof(AccountsController.SignIn));

    public Uri ForgotPassword() => To(nameof(AccountsController.ForgotPassword));

    private Uri To(string action, object? values = null) =>
        new(site.Value.PublicOrigin, links.GetPathByAction(action, "Accounts", values) ?? throw new InvalidOperationException($"No route leads to Accounts.{action}."));
}
