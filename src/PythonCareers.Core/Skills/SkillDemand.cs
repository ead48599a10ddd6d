using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Market;
using PythonCareers.Core.Roles;

namespace PythonCareers.Core.Skills;

/// <summary>
/// Which skills live postings ask for: each skill's count and share of all live postings by week (<see cref="SkillDemandWeek"/>),
/// and the median pay of postings that ask for it against those that do not (<see cref="SkillPremium"/>). Both are
/// computed by <see cref="SnapshotAsync"/> in the database, set-based, and read by the pages as stored.
/// </summary>
public sealed class SkillDemand(AppDbContext db)
{
    /// <summary>The weeks a skill's trend covers, the ongoing one last.</summary>
    public const int TrendWeeks = 12;

    /// <summary>Postings each side of a pay comparison needs: the posted-salary index's threshold.</summary>
    public const int MinimumPostings = PostedPayIndex.MinimumPostings;

    /// <summary>Companies each side of a pay comparison needs, so that one employer's pay is not a market's: the index's threshold.</summary>
    public const int MinimumCompanies = PostedPayIndex.MinimumCompanies;

    /// <summary>The Monday (UTC) that starts the week of <paramref name="at"/>.</summary>
    public static DateOnly WeekOf(DateTime at)
    {
        var day = DateOnly.FromDateTime(at.ToUniversalTime());
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    /// <summary>
    /// Counts the postings live at <paramref name="now"/> into its week's rows (inserted, or updated when the week already
    /// has them; earlier weeks are left as they ended) and replaces the pay comparisons, in one transaction. Both
    /// tables are locked first (SHARE ROW EXCLUSIVE, which readers pass): runs from several instances of the site take
    /// turns, so each sees the other's result and none fails on the other's rows; and a deletion of skills or roles, which
    /// reaches these tables before the skills and roles themselves, waits for the run or the run for it, where taking
    /// their rows' locks in the other order would deadlock. Answers how many figures changed (a count, a share's base or
    /// a comparison), so that the caller refreshes the pages only when they would show something new.
    /// </summary>
    public async Task<int> SnapshotAsync(DateTime now, CancellationToken cancellationToken = default)
    {
        var week = WeekOf(now);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await db.Database.ExecuteSqlAsync($"LOCK TABLE skill_demand_weeks, skill_premiums IN SHARE ROW EXCLUSIVE MODE", cancellationToken);

            // The live rule is JobPosting.LiveAt, written out in SQL, as PostingExpiry.ClaimRemindersAsync does: EF Core
            // cannot express INSERT ... SELECT. A new week's first row, or a changed one, counts as a change; a skill
            // nobody asks for, counted at zero for the first time, does not (its page showed no postings already). The
            // final SELECT sees the table as it was before the INSERT, which is what it compares with.
            var weekly = await db.Database.SqlQuery<int>($"""
                WITH live AS (
                    SELECT skill_ids FROM job_postings
                    WHERE status = 'Published' AND revision_of_id IS NULL AND expires_at > {now}),
                asked AS (
                    SELECT skill_id, count(*) AS postings FROM live, unnest(live.skill_ids) AS skill_id GROUP BY skill_id),
                counted AS (
                    SELECT s.id AS skill_id, coalesce(a.postings, 0)::int AS postings, (SELECT count(*) FROM live)::int AS live_postings
                    FROM skills s LEFT JOIN asked a ON a.skill_id = s.id),
                written AS (
                    INSERT INTO skill_demand_weeks (week_start, skill_id, postings, live_postings, counted_at)
                    SELECT {week}, skill_id, postings, live_postings, {now} FROM counted
                    ON CONFLICT (skill_id, week_start) DO UPDATE
                    SET postings = excluded.postings, live_postings = excluded.live_postings, counted_at = excluded.counted_at
                    RETURNING skill_id, postings, live_postings)
                SELECT count(*)::int AS "Value" FROM written w
                LEFT JOIN skill_demand_weeks d ON d.week_start = {week} AND d.skill_id = w.skill_id
                WHERE (w.postings, w.live_postings) IS DISTINCT FROM (coalesce(d.postings, 0), coalesce(d.live_postings, 0))
                """).ToListAsync(cancellationToken);

            // A posting is on one side of each skill's comparison, in its role and currency: yearly equivalents, the middle
            // of each range. The sides that ask for a skill come from unnesting each posting's skills; only where one has
            // enough postings behind it is the other side, every other posting of the role and currency, gathered.
            // Comparisons without enough postings on both sides are not kept; those that no longer qualify are removed, and
            // those unchanged are not rewritten.
            var premiums = await db.Database.SqlQuery<int>($"""
                WITH live AS MATERIALIZED (
                    SELECT role_profile_id, currency, company_id, skill_ids, (salary_min_yearly + salary_max_yearly) / 2 AS midpoint
                    FROM job_postings
                    WHERE status = 'Published' AND revision_of_id IS NULL AND expires_at > {now}),
                asking AS (
                    SELECT skill_id, l.role_profile_id, l.currency, count(*)::int AS postings, count(DISTINCT l.company_id)::int AS companies,
                           round(percentile_cont(0.5) WITHIN GROUP (ORDER BY l.midpoint)::numeric, 2) AS median
                    FROM live l, unnest(l.skill_ids) AS skill_id
                    GROUP BY skill_id, l.role_profile_id, l.currency
                    HAVING count(*) >= {MinimumPostings} AND count(DISTINCT l.company_id) >= {MinimumCompanies}),
                others AS (
                    SELECT a.skill_id, a.role_profile_id, a.currency, count(*)::int AS postings, count(DISTINCT l.company_id)::int AS companies,
                           round(percentile_cont(0.5) WITHIN GROUP (ORDER BY l.midpoint)::numeric, 2) AS median
                    FROM asking a
                    JOIN live l ON l.role_profile_id = a.role_profile_id AND l.currency = a.currency AND NOT l.skill_ids @> ARRAY[a.skill_id]
                    GROUP BY a.skill_id, a.role_profile_id, a.currency
                    HAVING count(*) >= {MinimumPostings} AND count(DISTINCT l.company_id) >= {MinimumCompanies}),
                computed AS (
                    SELECT a.skill_id, a.role_profile_id, a.currency,
                           a.postings AS postings_with, a.companies AS companies_with, a.median AS median_with,
                           o.postings AS postings_without, o.companies AS companies_without, o.median AS median_without
                    FROM asking a
                    JOIN others o ON o.skill_id = a.skill_id AND o.role_profile_id = a.role_profile_id AND o.currency = a.currency
                    JOIN skills s ON s.id = a.skill_id),
                gone AS (
                    DELETE FROM skill_premiums p
                    WHERE NOT EXISTS (
                        SELECT 1 FROM computed c WHERE c.skill_id = p.skill_id AND c.role_profile_id = p.role_profile_id AND c.currency = p.currency)
                    RETURNING 1),
                written AS (
                    INSERT INTO skill_premiums (skill_id, role_profile_id, currency, postings_with, companies_with, median_with,
                                                postings_without, companies_without, median_without)
                    SELECT * FROM computed
                    ON CONFLICT (skill_id, role_profile_id, currency) DO UPDATE
                    SET postings_with = excluded.postings_with, companies_with = excluded.companies_with, median_with = excluded.median_with,
                        postings_without = excluded.postings_without, companies_without = excluded.companies_without,
                        median_without = excluded.median_without
                    WHERE (skill_premiums.postings_with, skill_premiums.companies_with, skill_premiums.median_with,
                           skill_premiums.postings_without, skill_premiums.companies_without, skill_premiums.median_without)
                          IS DISTINCT FROM
                          (excluded.postings_with, excluded.companies_with, excluded.median_with,
                           excluded.postings_without, excluded.companies_without, excluded.median_without)
                    RETURNING 1)
                SELECT ((SELECT count(*) FROM gone) + (SELECT count(*) FROM written))::int AS "Value"
                """).ToListAsync(cancellationToken);

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return weekly.Single() + premiums.Single();
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Each skill's latest counted figures, by skill id; a skill never counted has none.</summary>
    public async Task<IReadOnlyDictionary<int, SkillDemandFigure>> LatestAsync(CancellationToken cancellationToken = default) =>
        await db.SkillDemandWeeks
            .Where(w => w.WeekStart == db.SkillDemandWeeks.Where(x => x.SkillId == w.SkillId).Max(x => x.WeekStart))
            .Select(w => new SkillDemandFigure(w.SkillId, w.WeekStart, w.Postings, w.LivePostings, w.CountedAt))
            .ToDictionaryAsync(f => f.SkillId, cancellationToken);

    /// <summary>
    /// The <see cref="TrendWeeks"/> weeks up to <paramref name="thisWeek"/>, oldest first, each with its figures or, for a
    /// week nobody counted, none.
    /// </summary>
    public async Task<IReadOnlyList<SkillDemandPoint>> TrendAsync(int skillId, DateOnly thisWeek, CancellationToken cancellationToken = default)
    {
        var first = thisWeek.AddDays(-7 * (TrendWeeks - 1));
        var counted = await db.SkillDemandWeeks
            .Where(w => w.SkillId == skillId && w.WeekStart >= first && w.WeekStart <= thisWeek)
            .Select(w => new SkillDemandFigure(w.SkillId, w.WeekStart, w.Postings, w.LivePostings, w.CountedAt))
            .ToDictionaryAsync(f => f.WeekStart, cancellationToken);
        return [.. Enumerable.Range(0, TrendWeeks).Select(i => first.AddDays(7 * i)).Select(week => new SkillDemandPoint(week, counted.GetValueOrDefault(week)))];
    }

    /// <summary>The skill's pay comparisons, in the order of the published roles they belong to, then by currency.</summary>
    public async Task<IReadOnlyList<SkillPremiumFigure>> PremiumsAsync(int skillId, CancellationToken cancellationToken = default) =>
        await db.Set<SkillPremium>()
            .Where(p => p.SkillId == skillId)
            .Join(db.RoleProfiles.Published(), p => p.RoleProfileId, r => r.Id, (p, r) => new { Premium = p, Role = r })
            .OrderBy(x => x.Role.SortOrder).ThenBy(x => x.Premium.Currency)
            .Select(x => new SkillPremiumFigure(
                x.Role.Slug, x.Role.Title, x.Premium.Currency,
                x.Premium.PostingsWith, x.Premium.CompaniesWith, x.Premium.MedianWith,
                x.Premium.PostingsWithout, x.Premium.CompaniesWithout, x.Premium.MedianWithout))
            .ToListAsync(cancellationToken);
}
