using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Roles;

namespace PythonCareers.Core.Configurations;

internal sealed class RolePostingCountConfiguration : IEntityTypeConfiguration<RolePostingCount>
{
    public void Configure(EntityTypeBuilder<RolePostingCount> builder)
    {
        builder.ToTable("role_posting_counts", table => table.HasCheckConstraint("ck_role_posting_counts_published", "published >= 0"));
        builder.HasKey(c => c.RoleProfileId);
        builder.Property(c => c.RoleProfileId).ValueGeneratedNever();
        builder.HasOne<RoleProfile>().WithMany().HasForeignKey(c => c.RoleProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}
