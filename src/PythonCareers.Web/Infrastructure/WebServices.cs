using System.Net;
using FluentValidation;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using PythonCareers.Web.Features.Api;
using PythonCareers.Web.Features.Salaries;
using Serilog;
using Serilog.Events;

namespace PythonCareers.Web.Infrastructure;

public static class WebServices
{
    public static IServiceCollection AddCareersWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RouteOptions>(options =>
        {
            options.LowercaseUrls = true;
            options.ConstraintMap["slug"] = typeof(SlugRouteConstraint);
        });
        services.AddControllersWithViews(options =>
        {
            options.Filters.Add(new UnreadableFormFilter());
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.Filters.Add<DomainRuleExceptionFilter>();
            options.Filters.Add<FluentValidationFilter>();
            PlainTextModelBinderProvider.AddTo(options.ModelBinderProviders);
            options.ModelMetadataDetailsProviders.Add(new EditedIdBinding());
        });
        // Views live beside their controllers, one folder per feature: Features/{controller}/ and, for the admin and
        // recruiter areas, Features/{area}/{controller}/; partials shared by several features sit in a Shared folder.
        services.Configure<RazorViewEngineOptions>(options =>
        {
            options.ViewLocationFormats.Clear();
            options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
            options.AreaViewLocationFormats.Clear();
            options.AreaViewLocationFormats.Add("/Features/{2}/{1}/{0}.cshtml");
            options.AreaViewLocationFormats.Add("/Features/{2}/Shared/{0}.cshtml");
            options.AreaViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });
        services.AddValidatorsFromAssemblyContaining<Program>();
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        if (string.IsNullOrWhiteSpace(configuration[$"{EmailOptions.Section}:SmtpHost"]))
        {
            services.AddSingleton<IMailer, PickupFolderMailer>();
        }
        else
        {
            services.AddSingleton<IMailer, SmtpMailer>();
        }

        services.AddHostedService<OutboxSender>();
        services.AddHostedService<PostedPaySnapshotService>();

        services.AddCareersRateLimits(configuration);
        services.Configure<SiteOptions>(configuration.GetSection(SiteOptions.Section));

        services.AddCareersPublicPageCache(configuration);
        services.AddCareersApi();
        // Forwarded headers count only from the proxies and networks configured under ForwardedHeaders (none by default): the
        // framework's default trusts loopback, which let any client on this host choose the address the rate limits see.
        var forwarding = configuration.GetSection("ForwardedHeaders");
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in forwarding.GetSection("KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in forwarding.GetSection("KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        // No "Server: Kestrel" header: it tells an attacker nothing they need.
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return services;
    }

    public static WebApplication UseCareersPipeline(this WebApplication app)
    {
        app.UseCareersMetricsEndpoint();

        // Behind a TLS-terminating proxy, take the client's address and the original scheme from it. Only when proxies are
        // configured: the middleware with empty lists would believe the headers from anyone.
        var forwarding = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        if (forwarding.KnownProxies.Count > 0 || forwarding.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        // Routing, CORS and the output cache come first, so a page served from the cache is answered before the rest of
        // the pipeline: every middleware between the host and the cache cost a hit about as much as the cache itself
        // (measured in the README's "Benchmarks"). The cache stores what the middleware inside it added (the security
        // headers, HSTS) with each page. HEAD is routed as GET, so it is answered from the same cache entry. CORS stays in
        // front of the cache: its headers depend on each request's Origin, which the cache does not vary by. The cache
        // keeps itself to requests without the sign-in cookie (SignedOutVisitorsOnly), so it needs no authentication.
        app.UseMiddleware<HeadRequests>();
        app.UseRouting();
        app.UseCors();
        app.UseOutputCache();

        // Each request that the cache does not answer is logged once, with the status it finally got (a 503, a client's
        // abort as 499); the metrics count every request, hits included. The host's own logger rather than Serilog's
        // static one, which is whichever host was built last in this process. Each line names the client as the site sees
        // it (after the forwarded headers), to follow one through the proxy.
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.EnrichDiagnosticContext = (diagnostics, context) => diagnostics.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString());
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error : LogEventLevel.Information;
        });
        var origin = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.PublicOrigin;
        if (origin.Scheme == Uri.UriSchemeHttps)
        {
            // A site whose public address is https answers plain http only with a redirect there (health probes excepted).
            app.Use((context, next) =>
            {
                if (context.Request.IsHttps || context.Request.Path.StartsWithSegments("/health"))
                {
                    return next(context);
                }

                // Joined as text: resolving "//other.example/..." against the origin would leave the site.
                var target = origin.GetLeftPart(UriPartial.Authority) + context.Request.PathBase + context.Request.Path + context.Request.QueryString;
                context.Response.Redirect(target, permanent: true, preserveMethod: true);
                return Task.CompletedTask;
            });
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error/500",

                // A fresh scope, so the error page does not reuse the failed request's authentication result or DbContext.
                CreateScopeForErrors = true,
                StatusCodeSelector = exception => DatabaseOutage.IsOutage(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,

                // DatabaseOutage logs the first failure of an outage in full; every other one is its request's log line.
                SuppressDiagnosticsCallback = context => DatabaseOutage.IsOutage(context.Exception),
            });
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePagesWithReExecute("/error/{0}");

        // Inside the status code pages and the exception handler: under /api every error answers problem+json instead.
        app.UseMiddleware<ApiErrorResponses>();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        // Without a replica every request reads the primary: choosing between them would only cost each request a lookup.
        if (!string.IsNullOrWhiteSpace(app.Configuration.GetConnectionString("ReadReplica")))
        {
            app.UseReadReplica();
        }

        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapCareersEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", Readiness.Options);
        app.MapControllers();
        app.MapCareersApi();
        return app;
    }
}
