using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.HttpOverrides;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// Decides who may read the metrics, on the connection as it arrived (before the forwarded headers are applied). A scraper
/// connecting straight to the instance from this host or from <see cref="MetricsAccessOptions.AllowedNetworks"/> may; a
/// request that came through a proxy may not, whatever address it comes from, because the proxy itself connects from
/// loopback or from the deployment's own network, and anyone on the internet could otherwise reach the metrics through it.
/// A request carrying the configured bearer token may, from anywhere.
/// </summary>
public sealed class MetricsAccess
{
    /// <summary>The headers a proxy adds (nginx's configuration sets X-Forwarded-For; the others are the common alternatives).</summary>
    private static readonly string[] ProxyHeaders = [ForwardedHeadersDefaults.XForwardedForHeaderName, "Forwarded", "X-Real-IP"];

    private readonly System.Net.IPNetwork[] networks;
    private readonly byte[]? token;

    public MetricsAccess(IOptions<MetricsAccessOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        networks = [.. options.Value.AllowedNetworks.Select(network => System.Net.IPNetwork.Parse(network))];
        token = string.IsNullOrEmpty(options.Value.BearerToken) ? null : Encoding.UTF8.GetBytes("Bearer " + options.Value.BearerToken);
    }

    public bool Allows(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (token is not null && context.Request.Headers.Authorization is [{ } authorization]
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(authorization), token))
        {
            return true;
        }

        if (ProxyHeaders.Any(context.Request.Headers.ContainsKey) || context.Connection.RemoteIpAddress is not { } peer)
        {
            return false;
        }

        var address = peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer;
        return IPAddress.IsLoopback(address) || networks.Any(network => network.Contains(address));
    }
}
