using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// OpenTelemetry: metrics always, read by Prometheus at <see cref="MetricsPath"/> (for whom, see <see cref="MetricsAccess"/>);
/// traces only when an OTLP endpoint is configured.
/// </summary>
public static class Telemetry
{
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// The standard OpenTelemetry setting, read from configuration, so the environment variable and a setting of the same name
    /// in appsettings both work; the exporter reads its other OTEL_EXPORTER_OTLP_* settings the same way.
    /// </summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddCareersTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MetricsAccessOptions>(configuration.GetSection(MetricsAccessOptions.Section));
        services.AddSingleton<MetricsAccess>();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("pythoncareers"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()

                // The board's counters and every other meter of the site's own (the output cache's among them).
                .AddMeter("PythonCareers.*")
                .AddPrometheusExporter());

        // Without an endpoint no tracer provider exists at all: nothing listens to the activity sources, so requests pay
        // only for the one activity ASP.NET Core starts for its own logging, whose trace id the log lines and error page show.
        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]))
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter());
        }

        return services;
    }

    /// <summary>
    /// Serves the Prometheus scrape at <see cref="MetricsPath"/> to those <see cref="MetricsAccess"/> allows. It must come
    /// before the forwarded headers are applied, which replace the connection's address with the client's; anyone else
    /// goes on down the pipeline to the site's own 404 page, as for any address the site does not have.
    /// </summary>
    public static WebApplication UseCareersMetricsEndpoint(this WebApplication app)
    {
        var access = app.Services.GetRequiredService<MetricsAccess>();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path == MetricsPath && HttpMethods.IsGet(context.Request.Method) && access.Allows(context));
        return app;
    }

    /// <summary>Scrapes and health probes arrive every few seconds and say nothing about visitors: they are not traced.</summary>
    private static bool IsProbe(PathString path) => path.StartsWithSegments(MetricsPath) || path.StartsWithSegments("/health");
}
