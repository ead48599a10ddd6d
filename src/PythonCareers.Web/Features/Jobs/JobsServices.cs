using PythonCareers.Core.Jobs;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Jobs;

public static class JobsServices
{
    /// <summary>The job board's web side: its options, the expiry service, and Markdown rendering (the sanitiser is thread-safe once configured).</summary>
    public static IServiceCollection AddCareersJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobsOptions>(configuration.GetSection(JobsOptions.Section));
        services.AddSingleton<MarkdownRenderer>();
        services.AddHostedService<PostingExpiryService>();
        return services;
    }
}
