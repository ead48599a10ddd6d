using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Renewals;

/// <summary>
/// The renew link in an expiry reminder: signed (Data Protection), naming the posting and the closing time it was sent
/// for. Renewing moves the closing time, so the link works once; it expires with the posting's renewal window.
/// </summary>
public sealed class RenewalLinks(IDataProtectionProvider protection, LinkGenerator links, IOptions<SiteOptions> site)
{
    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("PythonCareers.Postings.Renew").ToTimeLimitedDataProtector();

    public Uri For(JobPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var closes = posting.ExpiresAt!.Value;
        var token = SignedTokens.Sign(protector, string.Create(CultureInfo.InvariantCulture, $"{posting.Id}:{closes.Ticks}"), new DateTimeOffset(closes, TimeSpan.Zero));
        return new Uri(site.Value.PublicOrigin, links.GetPathByAction(nameof(RenewalsController.Renew), "Renewals", new { token }) ?? throw new InvalidOperationException("No route leads to Renewals.Renew."));
    }

    /// <summary>The posting and closing time a token names, or null for a forged, altered or expired one.</summary>
    public (int PostingId, DateTime ClosingTime)? Read(string? token)
    {
        var parts = SignedTokens.Read(protector, token)?.Split(':');
        return parts is { Length: 2 }
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? (id, new DateTime(ticks, DateTimeKind.Utc))
            : null;
    }
}
