using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Skills;

namespace PythonCareers.Core.Configurations;

internal sealed class SkillPremiumConfiguration : IEntityTypeConfiguration<SkillPremium>
{
    public void Configure(EntityTypeBuilder<SkillPremium> builder)
    {
        builder.ToTable("skill_premiums", table =>
        {
            table.HasCheckConstraint("ck_skill_premiums_currency", $"currency ~ '{IsoCodes.CurrencySqlPattern}'");
            table.HasCheckConstraint("ck_skill_premiums_sides", "postings_with > 0 AND postings_without > 0 AND companies_with > 0 AND companies_without > 0");
            table.HasCheckConstraint("ck_skill_premiums_medians", "median_with > 0 AND median_without > 0");
        });

        builder.HasKey(p => new { p.SkillId, p.RoleProfileId, p.Currency });
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.HasOne<Skill>().WithMany().HasForeignKey(p => p.SkillId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RoleProfile>().WithMany().HasForeignKey(p => p.RoleProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}
