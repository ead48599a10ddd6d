using PythonCareers.Core.Jobs;
using PythonCareers.Web.Jobs;

namespace PythonCareers.Web.Startup;

public static class JobsServices
{
    public static IServiceCollection AddCareersJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobsOptions>(configuration.GetSection(JobsOptions.Section));
        services.AddScoped<RecruiterPostings>();
        services.AddScoped<Moderation>();
        services.AddHostedService<PostingExpiryService>();
        return services;
    }
}
