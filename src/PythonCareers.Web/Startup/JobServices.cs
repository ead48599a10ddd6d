using PythonCareers.Core.Jobs.Search;
using PythonCareers.Web.Rendering;

namespace PythonCareers.Web.Startup;

public static class JobServices
{
    /// <summary>Job search and the posting pages' Markdown rendering (the sanitiser is thread-safe once configured).</summary>
    public static IServiceCollection AddJobBoard(this IServiceCollection services)
    {
        services.AddScoped<JobSearch>();
        services.AddSingleton<MarkdownRenderer>();
        return services;
    }
}
