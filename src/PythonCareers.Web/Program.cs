using PythonCareers.Web.Startup;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((context, services, logger) =>
    logger.ReadFrom.Configuration(context.Configuration).ReadFrom.Services(services));
builder.Services.AddCareersDatabase(builder.Configuration);
builder.Services.AddCareersAccounts(builder.Configuration);
builder.Services.AddCareersJobs(builder.Configuration);
builder.Services.AddCareersContentEditing();
builder.Services.AddCareersWeb(builder.Configuration);
builder.Services.AddCareersSalaryAdmin();

var app = builder.Build();

app.UseCareersPipeline();
app.MapCareersEndpoints();

// After the endpoints are mapped, so that the first admin's email can link to them.
await app.PrepareDatabaseAsync();

await app.RunAsync();

/// <summary>The entry point, public so that WebApplicationFactory can host the site in tests.</summary>
public partial class Program;
