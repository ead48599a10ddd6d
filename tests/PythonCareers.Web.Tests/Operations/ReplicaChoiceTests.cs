using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
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

    [Theory]
    [InlineData("Host=replica;Port=5433", "Host=primary", "replica:5433,primary:5432")]
    [InlineData("Host=/var/run/postgresql;Port=5433", "Host=/var/run/postgresql;Port=5432", "/var/run/postgresql:5433,/var/run/postgresql:5432")]
    [InlineData("Host=replica-a:5434,replica-b;Port=5433", "Host=primary:6432", "replica-a:5434,replica-b:5433,primary:6432")]
    public void The_replica_connection_names_the_replica_first_and_the_primary_second_in_read_only_sessions(string replica, string primary, string hosts)
    {
        var reads = new NpgsqlConnectionStringBuilder(ReadReplica.ReadConnectionString($"{replica};Database=pythoncareers;Options=-c statement_timeout=5s", primary));

        Assert.Equal((hosts, "prefer-standby", "-c statement_timeout=5s -c default_transaction_read_only=on", "pythoncareers"), (reads.Host, reads.TargetSessionAttributes, reads.Options, reads.Database));
    }
}
