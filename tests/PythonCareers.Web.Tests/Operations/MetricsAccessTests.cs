using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Tests.Operations;

/// <summary>
/// Who may read /metrics, for the addresses a test on loopback cannot connect from (ObservabilityTests covers loopback,
/// forwarding and the token over real sockets).
/// </summary>
public sealed class MetricsAccessTests
{
    private readonly MetricsAccess access = new(Options.Create(new MetricsAccessOptions { AllowedNetworks = ["10.0.0.0/8", "fd00::/8"] }));

    [Theory]
    [InlineData("10.1.2.3", true)]
    [InlineData("::ffff:10.1.2.3", true)]
    [InlineData("fd12::5", true)]
    [InlineData("::1", true)]
    [InlineData("11.1.2.3", false)]
    [InlineData("192.168.1.9", false)]
    [InlineData("2001:db8::1", false)]
    public void A_direct_connection_may_scrape_only_from_loopback_or_a_configured_network(string peer, bool allowed) =>
        Assert.Equal(allowed, access.Allows(Request(peer)));

    [Theory]
    [InlineData("X-Forwarded-For")]
    [InlineData("Forwarded")]
    [InlineData("X-Real-IP")]
    public void A_request_a_proxy_forwarded_may_not_though_the_proxy_is_in_the_network(string header)
    {
        var context = Request("10.1.2.3");
        context.Request.Headers[header] = "10.9.9.9";

        Assert.False(access.Allows(context));
    }

    [Fact]
    public void Without_a_configured_token_no_authorization_header_opens_it()
    {
        var context = Request("203.0.113.7");
        context.Request.Headers.Authorization = "Bearer ";

        Assert.False(access.Allows(context));
    }

    private static DefaultHttpContext Request(string peer)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
        return context;
    }
}
