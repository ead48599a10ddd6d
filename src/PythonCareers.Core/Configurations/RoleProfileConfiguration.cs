using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;

namespace PythonCareers.Core.Configurations;

internal sealed class RoleProfileConfiguration : IEntityTypeConfiguration<RoleProfile>
{
    public void Configure(EntityTypeBuilder<RoleProfile> builder)
    {
        builder.ToTable("role_profiles", table => table.HasCheckConstraint("ck_role_profiles_slug", ConstraintSql.Slug("slug")));
        builder.Property(r => r.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(r => r.Slug).IsUnique();
        builder.Property(r => r.Title).HasMaxLength(RoleProfile.TitleMaxLength);
        builder.Property(r => r.Summary).HasMaxLength(RoleProfile.SummaryMaxLength);
        builder.Property(r => r.Description).HasMaxLength(RoleProfile.TextMaxLength);
        builder.Property(r => r.BackgroundAndEducation).HasMaxLength(RoleProfile.TextMaxLength);
        builder.Property(r => r.IsPublished).HasDefaultValue(true);
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasOne(r => r.Source).WithMany().HasForeignKey(r => r.DataSourceId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(r => r.Responsibilities).WithOne().HasForeignKey(r => r.RoleProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Skills).WithMany(s => s.Roles).UsingEntity("role_skills");
        builder.HasMany(r => r.Areas).WithMany(a => a.Roles).UsingEntity("role_areas");
        builder.HasMany(r => r.RelatedRoles).WithMany().UsingEntity(
            "related_roles",
            right => right.HasOne(typeof(RoleProfile)).WithMany().HasForeignKey("related_role_id"),
            left => left.HasOne(typeof(RoleProfile)).WithMany().HasForeignKey("role_profile_id"));
    }
}
