using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// The output cache of the anonymous public pages. Every page carries <see cref="ContentTag"/> (editors' content shows
/// on all of them); the pages that list or show postings also carry <see cref="PostingsTag"/>. <see cref="PublicPageEviction"/>
/// evicts a tag after each write that changes what its pages show. The store is Redis when ConnectionStrings:Redis is set,
/// shared by every instance of the site, and memory otherwise; either way behind <see cref="ResilientPageStore"/>, which
/// serves straight from the database while the store fails.
/// </summary>
public static class PublicPages
{
    /// <summary>The policy of a page made of editors' content only.</summary>
    public const string ContentPolicy = "content-page";

    /// <summary>The policy of a page that also shows postings.</summary>
    public const string PostingsPolicy = "postings-page";

    public const string ContentTag = "content";
    public const string PostingsTag = "postings";

    public static IServiceCollection AddCareersPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicPageCacheOptions>(configuration.GetSection(PublicPageCacheOptions.Section));

        // The default policy behind both stores only 200 answers to anonymous GET and HEAD requests that set no cookie, one
        // entry per URL with its query string.
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<PublicPageCacheOptions>>((cache, pages) =>
        {
            AddPolicy(cache, ContentPolicy, pages.Value, ContentTag);
            AddPolicy(cache, PostingsPolicy, pages.Value, ContentTag, PostingsTag);
        });

        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            services.AddStackExchangeRedisOutputCache(options =>
            {
                var connection = ConfigurationOptions.Parse(redis);

                // Start without Redis and reconnect in the background; while it is away, fail each command at once
                // instead of queueing it until a timeout, so pages come from the database without waiting.
                connection.AbortOnConnectFail = false;
                connection.BacklogPolicy = BacklogPolicy.FailFast;
                options.ConfigurationOptions = connection;
                options.InstanceName = "pythoncareers:";
            });
        }

        var store = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
        services.Remove(store);
        services.AddSingleton<IOutputCacheStore>(provider => ActivatorUtilities.CreateInstance<ResilientPageStore>(provider, Create(provider, store)));
        services.AddSingleton<PublicPageEviction>();
        return services;
    }

    private static void AddPolicy(OutputCacheOptions cache, string name, PublicPageCacheOptions pages, params string[] tags) =>
        cache.AddPolicy(name, policy =>
        {
            if (pages.CacheSeconds > 0)
            {
                policy.Expire(TimeSpan.FromSeconds(pages.CacheSeconds)).Tag(tags).AddPolicy<SignedOutVisitorsOnly>();
            }
            else
            {
                policy.NoCache();
            }
        });

    private static IOutputCacheStore Create(IServiceProvider provider, ServiceDescriptor store) =>
        (IOutputCacheStore)(store.ImplementationInstance
            ?? store.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, store.ImplementationType!));
}
