using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.CareerAreas;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.Configurations;

internal sealed class CareerAreaConfiguration : IEntityTypeConfiguration<CareerArea>
{
    public void Configure(EntityTypeBuilder<CareerArea> builder)
    {
        builder.ToTable("career_areas", table => table.HasCheckConstraint("ck_career_areas_slug", ConstraintSql.Slug("slug")));
        builder.Property(a => a.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(CareerArea.NameMaxLength);
        builder.Property(a => a.PythonUse).HasMaxLength(CareerArea.TextMaxLength);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasOne(a => a.Source).WithMany().HasForeignKey(a => a.DataSourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
