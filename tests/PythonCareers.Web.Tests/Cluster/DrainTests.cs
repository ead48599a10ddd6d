using System.Collections.Concurrent;
using System.Net;

namespace PythonCareers.Web.Tests.Cluster;

/// <summary>A cluster of its own, since its test stops one of the instances.</summary>
public sealed class DrainCluster() : LocalCluster("web_cluster_drain");

/// <summary>An instance stopped the way deployments stop it (SIGTERM) leaves nginx's rotation without a failed request.</summary>
public sealed class DrainTests(DrainCluster cluster) : IClassFixture<DrainCluster>
{
    [Fact]
    public async Task Requests_in_flight_when_an_instance_is_told_to_stop_all_succeed()
    {
        var statuses = new ConcurrentQueue<HttpStatusCode>();
        using var stop = new CancellationTokenSource();
        var browsing = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            using var browser = cluster.NewBrowser();
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                // Each search is new, so it is rendered by an instance rather than answered from the cache.
                var (response, _) = await browser.GetAsync($"/jobs?q=drain{worker}x{n}");
                statuses.Enqueue(response.StatusCode);
            }
        })).ToList();

        while (statuses.Count < 40)
        {
            await Task.Delay(20);
        }

        var beforeStop = statuses.Count;
        await cluster.TerminateInstanceAsync(cluster.SitePorts[0]);
        var afterStop = statuses.Count;
        while (statuses.Count < afterStop + 40)
        {
            await Task.Delay(20);
        }

        await stop.CancelAsync();
        await Task.WhenAll(browsing);

        Assert.True(afterStop > beforeStop, "no request was answered while the instance stopped");
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }
}
