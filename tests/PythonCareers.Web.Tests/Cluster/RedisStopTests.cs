using System.Diagnostics;
using System.Net;
using PythonCareers.Web.Tests.Jobs;
using Xunit.Abstractions;

namespace PythonCareers.Web.Tests.Cluster;

/// <summary>
/// Redis, the output cache both instances share, stopped in the running deployment: every public page comes straight from
/// the database through nginx, and the cache is used again once Redis is back. It runs in the shared cluster's collection,
/// one test at a time, and gives Redis back whatever happens, so the tests after it find the cluster whole.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class RedisStopTests(LocalCluster cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task With_Redis_stopped_every_public_page_answers_200_from_the_database_and_Redis_serves_them_again_when_it_returns()
    {
        using var seeker = cluster.NewBrowser();

        // Whether a page is answered from the shared cache within a time: an entry is stored just after its answer is sent,
        // and the instances' own first snapshots (skills, posted pay) evict the content pages once, when they are made.
        async Task<bool> CachedWithinAsync(TimeSpan time)
        {
            var watch = Stopwatch.StartNew();
            do
            {
                await seeker.GetAsync("/skills");
                if ((await seeker.GetAsync("/skills")).Response.Headers.Age.HasValue)
                {
                    return true;
                }

                await Task.Delay(200);
            }
            while (watch.Elapsed < time);
            return false;
        }

        Assert.True(await CachedWithinAsync(TimeSpan.FromSeconds(10)), "/skills is not in the shared cache");

        var answers = new List<(string Path, HttpStatusCode Status, bool FromCache)>();
        await cluster.StopRedisAsync();
        Stopwatch sinceReturn;
        try
        {
            // Each page twice: nginx sends the two to either instance, and with a working shared cache the second would be a hit.
            foreach (var path in PublicPageCacheTests.PublicPages())
            {
                for (var time = 0; time < 2; time++)
                {
                    var (response, _) = await seeker.GetAsync(path);
                    answers.Add((path, response.StatusCode, response.Headers.Age.HasValue));
                }
            }
        }
        finally
        {
            await cluster.StartRedisAsync();
            sinceReturn = Stopwatch.StartNew();
        }

        var cachedAgain = await CachedWithinAsync(TimeSpan.FromSeconds(20));

        output.WriteLine($"{answers.Count} page requests without Redis, none from a cache; served from Redis again {sinceReturn.Elapsed.TotalSeconds:0.0} s after it returned");
        Assert.All(answers, answer => Assert.Equal((answer.Path, HttpStatusCode.OK, false), answer));
        Assert.True(cachedAgain, "the instances did not use Redis again within 20 s of its return");
    }
}
