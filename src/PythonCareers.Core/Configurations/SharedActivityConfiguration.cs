using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Roles;

namespace PythonCareers.Core.Configurations;

internal sealed class SharedActivityConfiguration : IEntityTypeConfiguration<SharedActivity>
{
    public void Configure(EntityTypeBuilder<SharedActivity> builder)
    {
        builder.ToTable("shared_activities", table => table.HasCheckConstraint("ck_shared_activities_position", "position > 0"));
        builder.Property(a => a.Text).HasMaxLength(SharedActivity.TextMaxLength);
        builder.HasIndex(a => a.Position).IsUnique();
        builder.HasOne(a => a.Source).WithMany().HasForeignKey(a => a.DataSourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
