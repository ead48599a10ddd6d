using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;
using PythonCareers.Web.Jobs;
using PythonCareers.Web.Rendering;

namespace PythonCareers.Web.Startup;

public static class JobsServices
{
    /// <summary>The job board: recruiters' postings, moderation, expiry, search, and Markdown rendering (the sanitiser is thread-safe once configured).</summary>
    public static IServiceCollection AddCareersJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobsOptions>(configuration.GetSection(JobsOptions.Section));
        services.AddScoped<PythonCareers.Core.Audit.AuditTrail>();
        services.AddScoped<RecruiterPostings>();
        services.AddScoped<Moderation>();
        services.AddScoped<JobSearch>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddHostedService<PostingExpiryService>();
        return services;
    }
}
