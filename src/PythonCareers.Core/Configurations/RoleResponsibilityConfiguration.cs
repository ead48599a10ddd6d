using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Roles;

namespace PythonCareers.Core.Configurations;

internal sealed class RoleResponsibilityConfiguration : IEntityTypeConfiguration<RoleResponsibility>
{
    public void Configure(EntityTypeBuilder<RoleResponsibility> builder)
    {
        builder.ToTable("role_responsibilities", table => table.HasCheckConstraint("ck_role_responsibilities_position", "position > 0"));
        builder.Property(r => r.Text).HasMaxLength(RoleResponsibility.TextMaxLength);
        builder.HasIndex(r => new { r.RoleProfileId, r.Position }).IsUnique();
    }
}
