using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using PythonCareers.Core.Alerts;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Alerts;

/// <summary>
/// The signed links in alert mail (Data Protection, whose keys every instance shares): each names an alert's key or an
/// address, is good for one purpose only and expires. Nobody can make one for an alert or an address that is not theirs.
/// </summary>
public sealed class AlertLinks(IDataProtectionProvider protection, LinkGenerator links, IOptions<SiteOptions> site)
{
    private static readonly TimeSpan ManageLifetime = TimeSpan.FromDays(60);
    private static readonly TimeSpan UnsubscribeLifetime = TimeSpan.FromDays(90);

    private readonly ITimeLimitedDataProtector confirming = protection.CreateProtector("PythonCareers.Alerts.Confirm").ToTimeLimitedDataProtector();
    private readonly ITimeLimitedDataProtector managing = protection.CreateProtector("PythonCareers.Alerts.Manage").ToTimeLimitedDataProtector();
    private readonly ITimeLimitedDataProtector unsubscribing = protection.CreateProtector("PythonCareers.Alerts.Unsubscribe").ToTimeLimitedDataProtector();

    public Uri Confirm(JobAlert alert) => To(nameof(AlertsController.Confirm), Sign(confirming, alert.Key.ToString("N"), JobAlerts.UnconfirmedLifetime));

    public Uri Manage(string email) => To(nameof(AlertsController.Manage), ManageToken(email));

    /// <summary>The token of <see cref="Manage"/>, for a redirect to the manage page.</summary>
    public string ManageToken(string email) => Sign(managing, email, ManageLifetime);

    public Uri Unsubscribe(JobAlert alert) => To(nameof(AlertsController.Unsubscribe), Sign(unsubscribing, alert.Key.ToString("N"), UnsubscribeLifetime));

    /// <summary>The alert a confirmation token names, or null for a forged, altered or expired one.</summary>
    public Guid? ConfirmedAlert(string? token) => Guid.TryParseExact(SignedTokens.Read(confirming, token), "N", out var key) ? key : null;

    /// <summary>The address a manage token names, or null.</summary>
    public string? ManagedAddress(string? token) => SignedTokens.Read(managing, token);

    public Guid? UnsubscribedAlert(string? token) => Guid.TryParseExact(SignedTokens.Read(unsubscribing, token), "N", out var key) ? key : null;

    private static string Sign(ITimeLimitedDataProtector protector, string value, TimeSpan lifetime) =>
        SignedTokens.Sign(protector, value, DateTimeOffset.UtcNow + lifetime);

    private Uri To(string action, string token) =>
        new(site.Value.PublicOrigin, links.GetPathByAction(action, "Alerts", new { token }) ?? throw new InvalidOperationException($"No route leads to Alerts.{action}."));
}
