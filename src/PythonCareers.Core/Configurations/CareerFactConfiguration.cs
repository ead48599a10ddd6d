using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Roles;

namespace PythonCareers.Core.Configurations;

internal sealed class CareerFactConfiguration : IEntityTypeConfiguration<CareerFact>
{
    public void Configure(EntityTypeBuilder<CareerFact> builder)
    {
        builder.ToTable("career_facts", table =>
        {
            table.HasCheckConstraint("ck_career_facts_position", "position > 0");
            table.HasCheckConstraint("ck_career_facts_kind", ConstraintSql.OneOf<CareerFactKind>("kind"));
        });
        builder.Property(f => f.Text).HasMaxLength(CareerFact.TextMaxLength);
        builder.HasIndex(f => new { f.Kind, f.Position }).IsUnique();
        builder.HasOne(f => f.Source).WithMany().HasForeignKey(f => f.DataSourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
