using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Operations;

public sealed class TracingTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public void Without_an_OTLP_endpoint_no_tracer_runs()
    {
        Assert.Null(Site.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task With_an_OTLP_endpoint_the_site_traces()
    {
        await using var traced = Site.WithWebHostBuilder(builder => builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317"));

        Assert.NotNull(traced.Services.GetService<TracerProvider>());
    }
}
