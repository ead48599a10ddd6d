using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Tests.Operations;

/// <summary>
/// Which requests <see cref="ReadReplica.UseReadReplica"/> sends to the replica. The site's own pages cannot show the
/// signed-in case: its security stamp check reads the user before the choice is made, so those requests already hold
/// the primary's context; the choice must refuse them all the same.
/// </summary>
public sealed class ReplicaChoiceTests
{
    [Theory]
    [InlineData("GET", false, true, true)]
    [InlineData("HEAD", false, true, true)]
    [InlineData("GET", true, true, false)]
    [InlineData("POST", false, true, false)]
    [InlineData("GET", false, false, false)]
    public async Task Only_an_anonymous_GET_or_HEAD_of_a_marked_endpoint_reads_from_the_replica(string method, bool signedIn, bool marked, bool replica)
    {
        await using var services = new ServiceCollection().AddScoped<DatabaseChoice>().BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var context = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = signedIn ? new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "recruiter@example.com")], "Identity.Application")) : new ClaimsPrincipal(new ClaimsIdentity()),
        };
        context.Request.Method = method;
        context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, marked ? new EndpointMetadataCollection(new ReadsFromReplicaAttribute()) : EndpointMetadataCollection.Empty, "page"));

        var pipeline = new ApplicationBuilder(services);
        pipeline.UseReadReplica().Run(_ => Task.CompletedTask);
        await pipeline.Build()(context);

        Assert.Equal(replica, scope.ServiceProvider.GetRequiredService<DatabaseChoice>().Replica);
    }
}
