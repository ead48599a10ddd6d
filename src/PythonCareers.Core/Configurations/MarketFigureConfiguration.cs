using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Common;
using PythonCareers.Core.Market;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Configurations;

internal sealed class MarketFigureConfiguration : IEntityTypeConfiguration<MarketFigure>
{
    public void Configure(EntityTypeBuilder<MarketFigure> builder)
    {
        builder.ToTable("market_figures", table =>
        {
            table.HasCheckConstraint("ck_market_figures_country", $"country_code ~ '{IsoCodes.CountrySqlPattern}'");
            table.HasCheckConstraint("ck_market_figures_level", ConstraintSql.OneOf<CareerLevel>("level"));
            table.HasCheckConstraint("ck_market_figures_open_positions", "open_positions > 0");
        });
        builder.Property(f => f.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.HasOne(f => f.Source).WithMany().HasForeignKey(f => f.DataSourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.CountryCode, f.Level, f.DataSourceId, f.AsOf }).IsUnique();
        builder.Property(f => f.Version).IsRowVersion();
    }
}
