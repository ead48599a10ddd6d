using PythonCareers.Core.Jobs;
using PythonCareers.Web.Features.Alerts;
using PythonCareers.Web.Features.Crawlers;
using PythonCareers.Web.Features.Renewals;
using PythonCareers.Web.Features.Skills;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Jobs;

public static class JobsServices
{
    /// <summary>
    /// The job board's web side: its options and the sitemap's, the expiry, skill demand and alert digest services, and Markdown
    /// rendering (the sanitiser is thread-safe once configured).
    /// </summary>
    public static IServiceCollection AddCareersJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobsOptions>(configuration.GetSection(JobsOptions.Section));
        services.AddOptions<SitemapOptions>().Bind(configuration.GetSection(SitemapOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<RenewalLinks>();
        services.AddHostedService<PostingExpiryService>();
        services.AddHostedService<SkillDemandService>();
        services.Configure<AlertOptions>(configuration.GetSection(AlertOptions.Section));
        services.AddSingleton<AlertLinks>();
        services.AddHostedService<AlertDigestService>();
        return services;
    }
}
