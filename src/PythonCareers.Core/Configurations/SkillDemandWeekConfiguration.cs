using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Skills;

namespace PythonCareers.Core.Configurations;

internal sealed class SkillDemandWeekConfiguration : IEntityTypeConfiguration<SkillDemandWeek>
{
    public void Configure(EntityTypeBuilder<SkillDemandWeek> builder)
    {
        builder.ToTable("skill_demand_weeks", table =>
        {
            // ISO day of the week 1 is Monday: a week is known by its first day.
            table.HasCheckConstraint("ck_skill_demand_weeks_monday", "extract(isodow FROM week_start) = 1");
            table.HasCheckConstraint("ck_skill_demand_weeks_postings", "postings >= 0 AND postings <= live_postings");
        });

        // Skill first: the key is also the index a skill page reads its weeks from.
        builder.HasKey(w => new { w.SkillId, w.WeekStart });
        builder.HasOne<Skill>().WithMany().HasForeignKey(w => w.SkillId).OnDelete(DeleteBehavior.Cascade);
    }
}
