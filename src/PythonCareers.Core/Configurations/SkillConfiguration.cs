using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Common;
using PythonCareers.Core.Skills;

namespace PythonCareers.Core.Configurations;

internal sealed class SkillConfiguration : IEntityTypeConfiguration<Skill>
{
    public void Configure(EntityTypeBuilder<Skill> builder)
    {
        builder.ToTable("skills", table =>
        {
            table.HasCheckConstraint("ck_skills_slug", ConstraintSql.Slug("slug"));
            table.HasCheckConstraint("ck_skills_category", ConstraintSql.OneOf<SkillCategory>("category"));
        });
        builder.Property(s => s.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(Skill.NameMaxLength);
        builder.Property(s => s.Description).HasMaxLength(Skill.DescriptionMaxLength);
        builder.Property(s => s.Version).IsRowVersion();
    }
}
