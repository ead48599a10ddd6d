using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Alerts;
using PythonCareers.Core.Audit;
using PythonCareers.Core.CareerAreas;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Mail;
using PythonCareers.Core.Market;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Skills;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<CareerUser>(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core's data protection keys, kept in the database so every instance and restart shares them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<PostingComment> PostingComments => Set<PostingComment>();

    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();

    public DbSet<JobAlert> JobAlerts => Set<JobAlert>();

    public DbSet<RoleSlugRedirect> RoleSlugRedirects => Set<RoleSlugRedirect>();

    public DbSet<JobPosting> JobPostings => Set<JobPosting>();

    public DbSet<DataSource> DataSources => Set<DataSource>();

    public DbSet<CareerArea> CareerAreas => Set<CareerArea>();

    public DbSet<RoleProfile> RoleProfiles => Set<RoleProfile>();

    public DbSet<CareerFact> CareerFacts => Set<CareerFact>();

    public DbSet<Skill> Skills => Set<Skill>();

    public DbSet<SkillDemandWeek> SkillDemandWeeks => Set<SkillDemandWeek>();

    public DbSet<SalaryFigure> SalaryFigures => Set<SalaryFigure>();

    public DbSet<MarketFigure> MarketFigures => Set<MarketFigure>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // GIN operator classes for plain columns, so that job search indexes its facets beside the words (trusted: no superuser needed).
        builder.HasPostgresExtension("btree_gin");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums are stored by name: readable in SQL, and stable when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<decimal>().HavePrecision(12, 2);
    }
}
