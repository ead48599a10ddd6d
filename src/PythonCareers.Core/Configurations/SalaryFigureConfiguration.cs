using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Common;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Configurations;

internal sealed class SalaryFigureConfiguration : IEntityTypeConfiguration<SalaryFigure>
{
    public void Configure(EntityTypeBuilder<SalaryFigure> builder)
    {
        builder.ToTable("salary_figures", table =>
        {
            table.HasCheckConstraint("ck_salary_figures_country", $"country_code IS NULL OR country_code ~ '{IsoCodes.CountrySqlPattern}'");
            table.HasCheckConstraint("ck_salary_figures_currency", $"currency ~ '{IsoCodes.CurrencySqlPattern}'");
            table.HasCheckConstraint("ck_salary_figures_kind", ConstraintSql.OneOf<EmploymentKind>("kind"));
            table.HasCheckConstraint("ck_salary_figures_level", ConstraintSql.OneOf<CareerLevel>("level"));
            table.HasCheckConstraint("ck_salary_figures_period", ConstraintSql.OneOf<PayPeriod>("period"));
            table.HasCheckConstraint("ck_salary_figures_has_amount", "num_nonnulls(minimum, average, maximum) > 0");
            table.HasCheckConstraint("ck_salary_figures_positive", "minimum > 0 AND average > 0 AND maximum > 0");
            table.HasCheckConstraint("ck_salary_figures_order", "minimum <= average AND average <= maximum AND minimum <= maximum");
            table.HasCheckConstraint("ck_salary_figures_as_of_not_future", "as_of <= CURRENT_DATE");
        });
        builder.Property(f => f.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(f => f.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(f => f.Derivation).HasMaxLength(SalaryFigure.DerivationMaxLength);
        builder.Ignore(f => f.IsDerived);
        builder.HasOne(f => f.Role).WithMany(r => r.SalaryFigures).HasForeignKey(f => f.RoleProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Source).WithMany().HasForeignKey(f => f.DataSourceId).OnDelete(DeleteBehavior.Restrict);

        // One current figure per role, place, kind, level, period, source and date; an unnamed country counts as one place.
        builder.HasIndex(f => new { f.RoleProfileId, f.CountryCode, f.Kind, f.Level, f.Period, f.DataSourceId, f.AsOf })
            .IsUnique()
            .AreNullsDistinct(false)
            .HasFilter("retired_at IS NULL");
        builder.Property(f => f.Version).IsRowVersion();
    }
}
