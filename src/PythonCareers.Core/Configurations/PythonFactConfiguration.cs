using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Roles;

namespace PythonCareers.Core.Configurations;

internal sealed class PythonFactConfiguration : IEntityTypeConfiguration<PythonFact>
{
    public void Configure(EntityTypeBuilder<PythonFact> builder)
    {
        builder.ToTable("python_facts", table => table.HasCheckConstraint("ck_python_facts_position", "position > 0"));
        builder.Property(f => f.Text).HasMaxLength(PythonFact.TextMaxLength);
        builder.HasIndex(f => f.Position).IsUnique();
        builder.HasOne(f => f.Source).WithMany().HasForeignKey(f => f.DataSourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
