using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace PythonCareers.Web.Features.Api;

/// <summary>
/// The public read-only JSON API under /api/v1 and the open data under /data: their JSON form, CORS policy, OpenAPI document
/// (/openapi/v1.json) and reference page (/api/docs).
/// </summary>
public static class ApiServices
{
    /// <summary>Any origin may read, with GET and HEAD only and without credentials.</summary>
    public const string CorsPolicy = "public-data";

    public const string DocumentName = "v1";

    public const string DocumentPath = "/openapi/{documentName}.json";

    public const string ReferencePath = "/api/docs";

    /// <summary>The site's Content-Security-Policy with the reference page's nonced scripts and inline styles.</summary>
    private static string ReferencePolicy(string nonce) =>
        $"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'nonce-{nonce}'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddCareersApi(this IServiceCollection services)
    {
        // Enums are written as the tokens the query strings use (full-time, on-site, all-levels); the OpenAPI document reads the
        // minimal-API options, so both carry the same converter.
        // Numbers are numbers: the web defaults would also read them from strings, which the document would then allow.
        var enums = new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false);
        services.Configure<JsonOptions>(options =>
        {
            options.JsonSerializerOptions.Converters.Add(enums);
            options.JsonSerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(enums);
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });

        // ApiQueryValidation answers every invalid request itself, with the field names as the query string spells them.
        services.Configure<ApiBehaviorOptions>(options => options.SuppressModelStateInvalidFilter = true);

        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders("If-None-Match")
            .WithExposedHeaders("ETag", "Retry-After")));

        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true
                || description.RelativePath == "api/v1";
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "PythonCareers API",
                    Version = DocumentName,
                    Description = """
                        Read-only JSON: the job board's live postings, the role profiles, the skills, every cited salary figure with
                        its source and as-of date, and the salary index measured from the board's own postings with its sample sizes.
                        GET only, any origin (CORS), no credentials. Each 200 carries a strong ETag (send it back in If-None-Match
                        for a 304) and Cache-Control: public. Errors are application/problem+json (RFC 9457). Requests are limited
                        per client; past the limit the answer is 429 with Retry-After. The cited figures belong to their sources;
                        our compilation is CC BY 4.0 (see /data).
                        """,
                    License = new OpenApiLicense { Name = "CC BY 4.0", Url = new Uri("https://creativecommons.org/licenses/by/4.0/") },
                };

                // Relative to wherever the document is read from, so that the checked-in copy does not name a host.
                document.Servers = [];
                return Task.CompletedTask;
            });

            // Query parameters as the query string spells them (q, page), each with what it takes.
            options.AddOperationTransformer((operation, _, _) =>
            {
                foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
                {
                    parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
                    parameter.Description = JobSearchParameters.Describe(parameter.Name);
                }

                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>The OpenAPI document and its reference page.</summary>
    public static WebApplication MapCareersApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi(DocumentPath).RequireCors(CorsPolicy);
        app.MapScalarApiReference(ReferencePath, (options, context) =>
        {
            // The page starts its script (served from the package, as the fonts stay off) with one inline module, allowed by
            // a nonce made for this response alone; the reference styles itself with inline styles. Only this page's policy
            // says so: every other response keeps the site's. In hex, which HTML writes as it is: the page encodes a base64
            // nonce's + as &#x2B;, which a browser decodes but which made the page's text differ from the header's.
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            // Scalar's hosted extras (its AI agent, MCP, telemetry, developer tools) would call out of the site: all off.
            options.WithTitle("PythonCareers API").WithOpenApiRoutePattern(DocumentPath).DisableDefaultFonts().WithNonce(nonce)
                .DisableAgent().DisableMcp().DisableTelemetry().HideDeveloperTools().WithDotNetFlag(false);
            context.Response.Headers.ContentSecurityPolicy = ReferencePolicy(nonce);
        });
        return app;
    }
}
