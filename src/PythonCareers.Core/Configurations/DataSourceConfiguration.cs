using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.Configurations;

internal sealed class DataSourceConfiguration : IEntityTypeConfiguration<DataSource>
{
    public void Configure(EntityTypeBuilder<DataSource> builder)
    {
        builder.ToTable("data_sources", table =>
        {
            table.HasCheckConstraint("ck_data_sources_key", ConstraintSql.Slug("key"));
            table.HasCheckConstraint("ck_data_sources_as_of_not_future", "as_of <= CURRENT_DATE");
            table.HasCheckConstraint("ck_data_sources_as_of_precision", ConstraintSql.OneOf<DatePrecision>("as_of_precision"));
        });
        builder.Property(s => s.Key).HasMaxLength(DataSource.KeyMaxLength);
        builder.HasIndex(s => s.Key).IsUnique();
        builder.Property(s => s.Publisher).HasMaxLength(DataSource.TextMaxLength);
        builder.Property(s => s.Title).HasMaxLength(DataSource.TextMaxLength);
        builder.Property(s => s.Url).HasMaxLength(DataSource.UrlMaxLength);
        builder.Ignore(s => s.AsOfText);
        builder.Property(s => s.Version).IsRowVersion();
    }
}
