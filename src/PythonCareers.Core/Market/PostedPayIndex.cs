using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Market;

/// <summary>
/// The board's own market figures: what postings published in the last <see cref="WindowDays"/> days (live or since
/// closed, revisions left out) offered, per role, country, level, kind of work and currency, kept as one snapshot a day
/// (<see cref="PostedPayFigure"/>). A figure is shown only with <see cref="MinimumPostings"/> postings from
/// <see cref="MinimumCompanies"/> companies behind it, so that no single employer's offer can be read out of it.
/// </summary>
public sealed class PostedPayIndex(AppDbContext db)
{
    public const int WindowDays = 90;
    public const int MinimumPostings = 5;
    public const int MinimumCompanies = 3;

    /// <summary>Every kind of employment a posting can name, counted as employed or freelance work as the cited figures are.</summary>
    public static EmploymentKind KindOf(EmploymentType type) =>
        type is EmploymentType.Freelance or EmploymentType.Contract ? EmploymentKind.Freelance : EmploymentKind.Employed;

    /// <summary>The statuses of postings that were published: live, or closed since.</summary>
    private static string EverPublishedSql(string postings) =>
        $"{postings}.revision_of_id IS NULL AND {postings}.published_at IS NOT NULL AND {postings}.status IN ('Published', 'Expired', 'Filled', 'Withdrawn')";

    /// <summary>Whether a figure has enough postings behind it to be shown.</summary>
    public static readonly Expression<Func<PostedPayFigure, bool>> Shown =
        f => f.Postings >= MinimumPostings && f.Companies >= MinimumCompanies;

    /// <summary>
    /// The day's figures from the postings published in its window (@start to @end), grouped in one pass: the quartiles of
    /// the midpoints in double precision (percentile_cont's type), rounded back to cents.
    /// </summary>
    private static readonly string SnapshotSql = $"""
        INSERT INTO posted_pay_figures (as_of, role_profile_id, country_code, level, kind, currency, postings, companies, lowest, p25, median, p75, highest)
        SELECT @day, role_profile_id, country_code, level, kind, currency, postings, companies, lowest,
               round(quartiles[1]::numeric, 2), round(quartiles[2]::numeric, 2), round(quartiles[3]::numeric, 2), highest
        FROM (
            SELECT role_profile_id, country_code, level, kind, currency, count(*) AS postings, count(DISTINCT company_id) AS companies,
                   min(salary_min_yearly) AS lowest, max(salary_max_yearly) AS highest,
                   percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY midpoint) AS quartiles
            FROM (
                SELECT role_profile_id, country_code, level, {KindSql("employment_type")} AS kind, currency, company_id, salary_min_yearly, salary_max_yearly,
                       ((salary_min_yearly + salary_max_yearly) / 2)::float8 AS midpoint
                FROM job_postings
                WHERE published_at >= @start AND published_at < @end AND {EverPublishedSql("job_postings")}
            ) AS published
            GROUP BY role_profile_id, country_code, level, kind, currency
        ) AS figures
        """;

    /// <summary>A published posting (@id) against the others of its role, kind and currency, counted for each scope at once.</summary>
    /// <summary>
    /// The place's counts, a set for each scope, each one index-only range scan of <c>ix_job_postings_published_pay</c>. A
    /// scope's scan is gated by a one-time filter on the sets before it, so it runs only when those lack enough postings:
    /// usually the posting's own country and level have them, and the wider scopes are never read.
    /// </summary>
    private static readonly string PlaceSql = $"""
        WITH posting AS (
            SELECT id, role_profile_id, country_code, level, {KindSql("employment_type")} AS kind, currency,
                   (salary_min_yearly + salary_max_yearly) / 2 AS midpoint
            FROM job_postings
            WHERE id = @id AND {EverPublishedSql("job_postings")}
        )
        SELECT exact.postings AS exact_postings, exact.companies AS exact_companies, exact.below AS exact_below,
               country.postings AS country_postings, country.companies AS country_companies, country.below AS country_below,
               level.postings AS level_postings, level.companies AS level_companies, level.below AS level_below
        FROM ({PeersSql("other.country_code = posting.country_code AND other.level = posting.level")}) AS exact
        CROSS JOIN LATERAL ({PeersSql("other.country_code = posting.country_code")} AND NOT {EnoughSql("exact")}) AS country
        CROSS JOIN LATERAL ({PeersSql("other.level = posting.level")} AND NOT {EnoughSql("exact")} AND NOT {EnoughSql("country")}) AS level
        """;

    /// <summary>The postings comparable with the posting in one scope (<paramref name="scope"/>), their companies, and those that offer less.</summary>
    private static string PeersSql(string scope) => $"""
        SELECT count(*) AS postings, count(DISTINCT other.company_id) AS companies,
               count(*) FILTER (WHERE (other.salary_min_yearly + other.salary_max_yearly) / 2 < posting.midpoint) AS below
        FROM posting
        JOIN job_postings AS other ON other.role_profile_id = posting.role_profile_id AND other.currency = posting.currency AND {scope}
            AND {KindSql("other.employment_type")} = posting.kind AND other.id <> posting.id
        WHERE other.published_at >= now() - make_interval(days => {WindowDays}) AND {EverPublishedSql("other")}
        """;

    /// <summary>Whether a scope's counts have enough behind them to be shown, as <see cref="PostedPayPlace"/> decides.</summary>
    private static string EnoughSql(string scope) => $"({scope}.postings >= {MinimumPostings} AND {scope}.companies >= {MinimumCompanies})";

    /// <summary>
    /// Makes (or makes again) the snapshot of <paramref name="day"/>: the postings published in the
    /// <see cref="WindowDays"/> days before that day began (UTC), in one set-based statement, so the snapshot of a day is
    /// the same whenever it is made. Instances making the same day at once take turns on an advisory lock. Inside a
    /// caller's transaction it is part of that; otherwise it takes one of its own. Answers how many figures it holds.
    /// </summary>
    public async Task<int> SnapshotAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var end = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var start = end.AddDays(-WindowDays);
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('posted_pay_figures'))", cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM posted_pay_snapshots WHERE as_of = {day}", cancellationToken);
        await db.Database.ExecuteSqlAsync($"INSERT INTO posted_pay_snapshots (as_of, made_at) VALUES ({day}, now())", cancellationToken);
        var figures = await db.Database.ExecuteSqlRawAsync(
            SnapshotSql,
            [new Npgsql.NpgsqlParameter("day", day), new Npgsql.NpgsqlParameter("start", start), new Npgsql.NpgsqlParameter("end", end)],
            cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return figures;
    }

    /// <summary>The latest snapshot's date, or null before the first.</summary>
    public Task<DateOnly?> LatestDateAsync(CancellationToken cancellationToken = default) =>
        db.Set<PostedPaySnapshot>().MaxAsync(s => (DateOnly?)s.AsOf, cancellationToken);

    /// <summary>
    /// The shown figures of the latest snapshot, of one role (by slug) or of every published role (null), ordered by role,
    /// country, level, kind of work and currency.
    /// </summary>
    public async Task<IReadOnlyList<PostedPay>> LatestAsync(string? roleSlug, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<PostedPayFigure>().Where(Shown)
            .Where(f => f.AsOf == db.Set<PostedPaySnapshot>().Max(latest => latest.AsOf))
            .Join(db.RoleProfiles.Where(r => r.IsPublished && (roleSlug == null || r.Slug == roleSlug)), f => f.RoleProfileId, r => r.Id, (f, r) => new
            {
                r.SortOrder,
                Pay = new PostedPay(f.AsOf, r.Slug, r.Title, f.CountryCode, f.Level, f.Kind, f.Currency, f.Postings, f.Companies, f.Lowest, f.P25, f.Median, f.P75, f.Highest),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.SortOrder).ThenBy(r => r.Pay.CountryCode, StringComparer.Ordinal).ThenBy(r => r.Pay.Level).ThenBy(r => r.Pay.Kind)
            .ThenBy(r => r.Pay.Currency, StringComparer.Ordinal).Select(r => r.Pay)];
    }

    /// <summary>
    /// Every shown figure of one role from the snapshots of the last <paramref name="days"/> days, oldest first: a trend for
    /// each country, level, kind of work and currency.
    /// </summary>
    public async Task<IReadOnlyList<PostedPay>> HistoryAsync(string roleSlug, DateOnly today, int days, CancellationToken cancellationToken = default)
    {
        var since = today.AddDays(-days);
        var history = await db.Set<PostedPayFigure>().Where(Shown)
            .Where(f => f.AsOf > since)
            .Join(db.RoleProfiles.Where(r => r.IsPublished && r.Slug == roleSlug), f => f.RoleProfileId, r => r.Id, (f, r) =>
                new PostedPay(f.AsOf, r.Slug, r.Title, f.CountryCode, f.Level, f.Kind, f.Currency, f.Postings, f.Companies, f.Lowest, f.P25, f.Median, f.P75, f.Highest))
            .ToListAsync(cancellationToken);
        return [.. history.OrderBy(p => p.AsOf)];
    }

    /// <summary>
    /// Where a published posting's offer (the midpoint of its range, a year's worth) sits among the other postings of its
    /// role, kind of work and currency published in the last <see cref="WindowDays"/> days: those of its country and
    /// level when there are enough of them, else of its country at every level, else of its level in every country; null
    /// when none of those has enough, or the posting was never published. One statement.
    /// </summary>
    public async Task<PostedPayPlace?> PlaceAsync(int postingId, CancellationToken cancellationToken = default)
    {
        var counts = await db.Database.SqlQueryRaw<PlaceCounts>(
            PlaceSql,
            new Npgsql.NpgsqlParameter("id", postingId))
            .SingleAsync(cancellationToken);
        return PostedPayPlace.Of(counts);
    }

    /// <summary><see cref="KindOf"/> in SQL, over an employment_type column.</summary>
    private static string KindSql(string column) =>
        $"CASE {column} {string.Join(" ", Enum.GetValues<EmploymentType>().Select(type => $"WHEN '{type}' THEN '{KindOf(type)}'"))} END";
}
