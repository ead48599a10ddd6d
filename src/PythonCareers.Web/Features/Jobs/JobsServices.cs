using PythonCareers.Core.Jobs;
using PythonCareers.Web.Features.Crawlers;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Jobs;

public static class JobsServices
{
    /// <summary>The job board's web side: its options and the sitemap's, the expiry service, and Markdown rendering (the sanitiser is thread-safe once configured).</summary>
    public static IServiceCollection AddCareersJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobsOptions>(configuration.GetSection(JobsOptions.Section));
        services.AddOptions<SitemapOptions>().Bind(configuration.GetSection(SitemapOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MarkdownRenderer>();
        services.AddHostedService<PostingExpiryService>();
        return services;
    }
}
