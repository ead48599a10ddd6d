using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Market;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Configurations;

internal sealed class PostedPayFigureConfiguration : IEntityTypeConfiguration<PostedPayFigure>
{
    public void Configure(EntityTypeBuilder<PostedPayFigure> builder)
    {
        builder.ToTable("posted_pay_figures", table =>
        {
            table.HasCheckConstraint("ck_posted_pay_figures_country", $"country_code ~ '{IsoCodes.CountrySqlPattern}'");
            table.HasCheckConstraint("ck_posted_pay_figures_currency", $"currency ~ '{IsoCodes.CurrencySqlPattern}'");
            table.HasCheckConstraint("ck_posted_pay_figures_level", ConstraintSql.OneOf<JobLevel>("level"));
            table.HasCheckConstraint("ck_posted_pay_figures_kind", ConstraintSql.OneOf<EmploymentKind>("kind"));
            table.HasCheckConstraint("ck_posted_pay_figures_counts", "postings > 0 AND companies > 0 AND companies <= postings");
            table.HasCheckConstraint("ck_posted_pay_figures_order", "lowest <= p25 AND p25 <= median AND median <= p75 AND p75 <= highest");
        });

        // A day's figures are read together, newest day first.
        builder.HasKey(f => new { f.AsOf, f.RoleProfileId, f.CountryCode, f.Level, f.Kind, f.Currency });
        builder.Property(f => f.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(f => f.Currency).HasMaxLength(3).IsFixedLength();
        builder.HasOne<RoleProfile>().WithMany().HasForeignKey(f => f.RoleProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PostedPaySnapshot>().WithMany().HasForeignKey(f => f.AsOf).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PostedPaySnapshotConfiguration : IEntityTypeConfiguration<PostedPaySnapshot>
{
    public void Configure(EntityTypeBuilder<PostedPaySnapshot> builder)
    {
        builder.ToTable("posted_pay_snapshots");
        builder.HasKey(s => s.AsOf);
    }
}
