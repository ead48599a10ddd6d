using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Roles;

namespace PythonCareers.Core.Configurations;

internal sealed class RoleSlugRedirectConfiguration : IEntityTypeConfiguration<RoleSlugRedirect>
{
    public void Configure(EntityTypeBuilder<RoleSlugRedirect> builder)
    {
        builder.ToTable("role_slug_redirects", table => table.HasCheckConstraint("ck_role_slug_redirects_old_slug", ConstraintSql.Slug("old_slug")));
        builder.Property(r => r.OldSlug).HasMaxLength(Common.Slug.MaxLength);
        builder.HasIndex(r => r.OldSlug).IsUnique();
        builder.HasOne<RoleProfile>().WithMany().HasForeignKey(r => r.RoleProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}
