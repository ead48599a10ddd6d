using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using PythonCareers.Core;
using PythonCareers.Web.Routing;
using Serilog;

namespace PythonCareers.Web.Startup;

public static class WebServices
{
    public static IServiceCollection AddCareersWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RouteOptions>(options =>
        {
            options.LowercaseUrls = true;
            options.ConstraintMap["slug"] = typeof(SlugRouteConstraint);
        });
        services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
        services.AddValidatorsFromAssemblyContaining<Program>();
        services.AddValidatorsFromAssemblyContaining<AppDbContext>();
        services.AddJobBoard();
        services.Configure<SiteOptions>(configuration.GetSection(SiteOptions.Section));
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return services;
    }

    public static WebApplication UseCareersPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSerilogRequestLogging();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapCareersEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
        app.MapControllers();
        return app;
    }
}
