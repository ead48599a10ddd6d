using PythonCareers.Core.Salaries.Editing;

namespace PythonCareers.Web.Startup;

public static class SalaryAdminServices
{
    /// <summary>The admin area's salary, source and market editing.</summary>
    public static IServiceCollection AddCareersSalaryAdmin(this IServiceCollection services)
    {
        services.AddScoped<SalaryFigureEditor>();
        services.AddScoped<SalaryImport>();
        return services;
    }
}
