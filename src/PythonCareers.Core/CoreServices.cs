using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Alerts;
using PythonCareers.Core.Audit;
using PythonCareers.Core.CareerAreas;
using PythonCareers.Core.Common;
using PythonCareers.Core.Content;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;
using PythonCareers.Core.Mail;
using PythonCareers.Core.Market;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries.Editing;
using PythonCareers.Core.Skills;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core;

public static class CoreServices
{
    /// <summary>
    /// The careers domain's own services: the audit trail, the job board (postings, moderation, search), the editors of the
    /// admin area, the content seeder and Core's validators. The host adds the database (AppDbContext) and the options.
    /// </summary>
    public static IServiceCollection AddCareersCore(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<BoardMetrics>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<MailOutbox>();
        services.AddScoped<JobAlerts>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<CompanyProfiles>();
        services.AddScoped<ContentSeeder>();
        services.AddScoped<SampleBoard>();
        services.AddScoped<RecruiterPostings>();
        services.AddScoped<Moderation>();
        services.AddScoped<JobSearch>();
        services.AddScoped<PostedPayIndex>();
        services.AddScoped<SalaryPlausibility>();
        services.AddScoped<RoleEditing>();
        services.AddScoped<SkillEditing>();
        services.AddScoped<SkillDemand>();
        services.AddScoped<CareerAreaEditing>();
        services.AddScoped<SalaryFigureEditor>();
        services.AddScoped<SalaryImport>();
        services.AddScoped<DataSourceEditing>();
        services.AddScoped<MarketFigureEditing>();
        services.AddValidatorsFromAssemblyContaining<AppDbContext>(ServiceLifetime.Scoped);
        return services;
    }
}
