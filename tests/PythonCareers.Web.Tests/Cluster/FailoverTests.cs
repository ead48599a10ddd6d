using System.Net;

namespace PythonCareers.Web.Tests.Cluster;

/// <summary>A cluster of its own, since its test kills one of the instances.</summary>
public sealed class FailoverCluster() : LocalCluster("web_cluster_failover");

/// <summary>What nginx does when an instance goes away: the requests it could not answer go to the other one.</summary>
public sealed class FailoverTests(FailoverCluster cluster) : IClassFixture<FailoverCluster>
{
    [Fact]
    public async Task Requests_through_nginx_keep_succeeding_when_an_instance_dies()
    {
        using var browser = cluster.NewBrowser();
        var marker = Guid.NewGuid().ToString("N");
        for (var warmUp = 0; warmUp < 4; warmUp++)
        {
            var (response, _) = await browser.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        cluster.KillInstance(cluster.SitePorts[0]);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var (response, _) = await browser.GetAsync($"/?after-kill={marker}");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));

        // At least one request was sent to the dead instance first and answered by the other: a retry, not luck.
        Assert.Contains(
            await cluster.AccessLogAsync(marker, statuses.Count),
            line => line.Contains($"upstream=127.0.0.1:{cluster.SitePorts[0]}, 127.0.0.1:{cluster.SitePorts[1]}", StringComparison.Ordinal));
    }
}
