using System.Globalization;
using System.Threading.RateLimiting;

namespace PythonCareers.Web.Infrastructure;

/// <summary>The rate-limit policies of the forms attackers like best and of the public API, with a 429 that says when to try again.</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string SignUp = "sign-up";
    public const string Posting = "posting";
    public const string Alerts = "alerts";
    public const string Api = "api";

    public static IServiceCollection AddCareersRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                // The fixed window says when it opens again (RFC 9110 10.2.3: whole seconds).
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            options.AddPolicy(SignIn, context => PerMinute(ClientKey(context), limits.SignInPerMinute));
            options.AddPolicy(SignUp, context => PerMinute(ClientKey(context), limits.SignUpPerMinute));
            options.AddPolicy(Posting, context => PerMinute(context.User.Identity?.Name ?? ClientKey(context), limits.PostingPerMinute));
            options.AddPolicy(Alerts, context => PerMinute(ClientKey(context), limits.AlertsPerMinute));
            options.AddPolicy(Api, context => PerMinute(ClientKey(context), limits.ApiPerMinute));
        });
    }

    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
