using PythonCareers.Core;
using PythonCareers.Web.Features.Accounts;
using PythonCareers.Web.Features.Jobs;
using PythonCareers.Web.Infrastructure;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// The host's own logger, not the process-wide Log.Logger: with several hosts in one process (the tests), the static one is
// whichever was built last, and log events of the others would be lost.
builder.Host.UseSerilog(
    (context, services, logger) => logger.ReadFrom.Configuration(context.Configuration).ReadFrom.Services(services),
    preserveStaticLogger: true);
builder.Services.AddCareersCore();
builder.Services.AddCareersDatabase(builder.Configuration);
builder.Services.AddCareersAccounts(builder.Configuration);
builder.Services.AddCareersJobs(builder.Configuration);
builder.Services.AddCareersWeb(builder.Configuration);
builder.Services.AddCareersTelemetry(builder.Configuration);

var app = builder.Build();

// "migrate": apply the migrations, seed an empty database and exit, as a deployment's one-shot step before its instances.
if (args is ["migrate"])
{
    await app.MigrateAsync();
    return;
}

await app.PrepareDatabaseAsync();
app.UseCareersPipeline();
app.MapCareersEndpoints();

// Routes generate links only once the site has started, and the first admin's email links to one.
await app.StartAsync();
await app.EnsureFirstAdminAsync();
await app.WaitForShutdownAsync();

/// <summary>The entry point, public so that WebApplicationFactory can host the site in tests.</summary>
public partial class Program;
