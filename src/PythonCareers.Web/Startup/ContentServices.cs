using PythonCareers.Core.CareerAreas;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Skills;

namespace PythonCareers.Web.Startup;

public static class ContentServices
{
    /// <summary>The admin area's editors for role profiles, skills and career areas.</summary>
    public static IServiceCollection AddCareersContentEditing(this IServiceCollection services)
    {
        services.AddScoped<RoleEditing>();
        services.AddScoped<SkillEditing>();
        services.AddScoped<CareerAreaEditing>();
        return services;
    }
}
