using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;

namespace PythonCareers.Core.Jobs.Search;

/// <summary>
/// Full-text search over live postings with facets. Text matches use <c>websearch_to_tsquery('english', q)</c> against the
/// stored search vector (GIN index). Relevance ranks only the newest <see cref="JobSearchResult.CountCap"/> matches, so it
/// does not grow with the number of matches (measurements in docs/performance.md). The result count and every facet but skills
/// come from one grouped query, which reads each candidate once rather than once per facet, and reads at most
/// <see cref="JobSearchFacets.CandidateCap"/> of them.
/// </summary>
public sealed class JobSearch(AppDbContext db)
{
    private const string TextSearchConfig = "english";

    /// <summary>The roles and skills, read once per scope: once a request, once for a batch of alert digests.</summary>
    private (List<NamedId> Roles, List<NamedId> Skills)? lookups;

    private enum Facet
    {
        Role,
        Country,
        Workplace,
        EmploymentType,
        Level,
        Skill,
    }

    public async Task<JobSearchResult> RunAsync(JobSearchCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var (roles, skills) = await LookupsAsync(cancellationToken);
        var filters = new Filters(
            criteria,
            roles.SingleOrDefault(r => r.Slug == criteria.RoleSlug)?.Id,
            skills.SingleOrDefault(s => s.Slug == criteria.SkillSlug)?.Id);

        var matches = Matches(criteria);
        var all = filters.Apply(matches);
        var postings = await Ordered(all, criteria)
            .Skip((criteria.Page - 1) * JobSearchCriteria.PageSize)
            .Take(JobSearchCriteria.PageSize)
            .Select(PostingSummary.FromPosting)
            .ToListAsync(cancellationToken);

        var groups = await filters.Candidates(matches)
            .Take(JobSearchFacets.CandidateCap + 1)
            .Select(filters.Grouping)
            .GroupBy(g => new { g.RoleProfileId, g.CountryCode, g.Workplace, g.EmploymentType, g.Level, g.Failed })
            .Select(g => new FacetGroup(g.Key.RoleProfileId, g.Key.CountryCode, g.Key.Workplace, g.Key.EmploymentType, g.Key.Level, g.Key.Failed, g.Count()))
            .ToListAsync(cancellationToken);

        // Past the cap the counts are lower bounds, a value not met may still have matches, and the count is taken as before.
        var capped = groups.Sum(g => g.Count) > JobSearchFacets.CandidateCap;
        int? Shown(int count) => capped && count == 0 ? null : count;
        var count = capped
            ? await all.Take(JobSearchResult.CountCap + 1).CountAsync(cancellationToken)
            : groups.Where(g => g.Failed == 0).Sum(g => g.Count);
        var roleCounts = CountBy(groups, Facet.Role, g => g.RoleProfileId);
        var countryCounts = CountBy(groups, Facet.Country, g => g.CountryCode);
        var workplaceCounts = CountBy(groups, Facet.Workplace, g => g.Workplace);
        var typeCounts = CountBy(groups, Facet.EmploymentType, g => g.EmploymentType);
        var levelCounts = CountBy(groups, Facet.Level, g => g.Level);
        var skillCounts = await filters.Apply(matches, Facet.Skill)
            .Take(JobSearchFacets.CandidateCap)
            .SelectMany(p => p.SkillIds)
            .GroupBy(id => id)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var facets = new JobSearchFacets(
            [.. roles.Select(r => new FacetOption(r.Slug, r.Name, Shown(roleCounts.GetValueOrDefault(r.Id))))],
            [.. countryCounts
                .Select(c => new FacetOption(c.Key.ToLowerInvariant(), IsoCodes.CountryName(c.Key), c.Value))
                .Concat(criteria.CountryCode is { } chosen && !countryCounts.ContainsKey(chosen)
                    ? [new FacetOption(chosen.ToLowerInvariant(), IsoCodes.CountryName(chosen), Shown(0))]
                    : [])
                .OrderBy(o => o.Label, StringComparer.Ordinal)],
            EnumOptions<Workplace>(w => Shown(workplaceCounts.GetValueOrDefault(w)), JobNames.DisplayName),
            EnumOptions<EmploymentType>(t => Shown(typeCounts.GetValueOrDefault(t)), JobNames.DisplayName),
            EnumOptions<JobLevel>(l => Shown(levelCounts.GetValueOrDefault(l)), JobNames.DisplayName),
            [.. skills
                .Where(s => skillCounts.ContainsKey(s.Id) || s.Slug == criteria.SkillSlug)
                .Select(s => new FacetOption(s.Slug, s.Name, Shown(skillCounts.GetValueOrDefault(s.Id))))],
            CountsAreLowerBounds: capped);
        return new JobSearchResult(criteria, postings, count, facets);
    }

    /// <summary>
    /// The live postings that match <paramref name="criteria"/> and were published after <paramref name="after"/> and no
    /// later than <paramref name="through"/>, newest first, at most <paramref name="max"/>: what a job alert's digest
    /// lists, by the same definition of a match as the search page. A role or skill that is no longer shown matches nothing.
    /// </summary>
    public async Task<List<PostingSummary>> PublishedBetweenAsync(JobSearchCriteria criteria, DateTime after, DateTime through, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var (roles, skills) = await LookupsAsync(cancellationToken);
        var role = roles.SingleOrDefault(r => r.Slug == criteria.RoleSlug);
        var skill = skills.SingleOrDefault(s => s.Slug == criteria.SkillSlug);
        if ((criteria.RoleSlug is not null && role is null) || (criteria.SkillSlug is not null && skill is null))
        {
            return [];
        }

        return await new Filters(criteria, role?.Id, skill?.Id).Apply(Matches(criteria))
            .Where(p => p.PublishedAt > after && p.PublishedAt <= through)
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Take(max)
            .Select(PostingSummary.FromPosting)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The choices for a search form shown without results (a refused search): every value, no counts.</summary>
    public async Task<JobSearchFacets> ChoicesAsync(CancellationToken cancellationToken)
    {
        var (roles, skills) = await LookupsAsync(cancellationToken);
        var countries = await db.JobPostings.Live().Select(p => p.CountryCode).Distinct().ToListAsync(cancellationToken);
        return new JobSearchFacets(
            [.. roles.Select(r => new FacetOption(r.Slug, r.Name, null))],
            [.. countries.Select(c => new FacetOption(c.ToLowerInvariant(), IsoCodes.CountryName(c), null)).OrderBy(o => o.Label, StringComparer.Ordinal)],
            EnumOptions<Workplace>(_ => null, JobNames.DisplayName),
            EnumOptions<EmploymentType>(_ => null, JobNames.DisplayName),
            EnumOptions<JobLevel>(_ => null, JobNames.DisplayName),
            [.. skills.Select(s => new FacetOption(s.Slug, s.Name, null))]);
    }

    private static List<FacetOption> EnumOptions<T>(Func<T, int?> count, Func<T, string> label)
        where T : struct, Enum =>
        [.. SearchToken.All<T>().Select(value => new FacetOption(SearchToken.Of(value), label(value), count(value)))];

    /// <summary>A facet's counts from the groups: those that meet every chosen filter, or fail only the facet's own.</summary>
    private static Dictionary<TKey, int> CountBy<TKey>(List<FacetGroup> groups, Facet facet, Func<FacetGroup, TKey> key)
        where TKey : notnull =>
        groups.Where(g => (g.Failed & ~Filters.Bit(facet)) == 0).GroupBy(key).ToDictionary(g => g.Key, g => g.Sum(f => f.Count));

    /// <summary>Live postings matching the words and the salary floor: what every facet counts within.</summary>
    private IQueryable<JobPosting> Matches(JobSearchCriteria criteria)
    {
        var postings = db.JobPostings.Live();
        if (criteria.Text is { } text)
        {
            postings = postings.Where(p => p.SearchVector.Matches(EF.Functions.WebSearchToTsQuery(TextSearchConfig, text)));
        }

        if (criteria.Currency is { } currency)
        {
            postings = postings.Where(p => p.Currency == currency);
        }

        if (criteria.SalaryFloor is { } floor)
        {
            // Yearly equivalents in the same currency, so a monthly or hourly range is compared fairly.
            postings = postings.Where(p => p.SalaryMaxYearly >= floor);
        }

        return postings;
    }

    private static IQueryable<JobPosting> Ordered(IQueryable<JobPosting> postings, JobSearchCriteria criteria) => criteria.Sort switch
    {
        JobSearchSort.Relevance when criteria.Text is { } text => postings
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Take(JobSearchResult.CountCap)
            .OrderByDescending(p => p.SearchVector.Rank(EF.Functions.WebSearchToTsQuery(TextSearchConfig, text)))
            .ThenByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id),

        // Without a chosen currency, salaries are ordered within each currency rather than compared across them.
        JobSearchSort.Salary => postings
            .OrderBy(p => p.Currency).ThenByDescending(p => p.SalaryMaxYearly).ThenByDescending(p => p.SalaryMinYearly)
            .ThenByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id),
        _ => postings.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id),
    };

    private async Task<(List<NamedId> Roles, List<NamedId> Skills)> LookupsAsync(CancellationToken cancellationToken) =>
        lookups ??= (await RolesAsync(cancellationToken), await SkillsAsync(cancellationToken));

    private Task<List<NamedId>> RolesAsync(CancellationToken cancellationToken) =>
        db.RoleProfiles.Published().OrderBy(r => r.SortOrder).Select(r => new NamedId(r.Id, r.Slug, r.Title)).ToListAsync(cancellationToken);

    private async Task<List<NamedId>> SkillsAsync(CancellationToken cancellationToken) =>
        [.. (await db.Skills.Select(s => new NamedId(s.Id, s.Slug, s.Name)).ToListAsync(cancellationToken)).OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)];

    private sealed record NamedId(int Id, string Slug, string Name);

    /// <summary>How many candidates share these facet values and fail these chosen filters (one bit per facet).</summary>
    private sealed record FacetGroup(int RoleProfileId, string CountryCode, Workplace Workplace, EmploymentType EmploymentType, JobLevel Level, int Failed, int Count);

    /// <summary>A candidate's facet values and the chosen filters it fails, as the database computes them for grouping.</summary>
    private sealed class FacetValues
    {
        public int RoleProfileId { get; init; }

        public string CountryCode { get; init; } = "";

        public Workplace Workplace { get; init; }

        public EmploymentType EmploymentType { get; init; }

        public JobLevel Level { get; init; }

        public int Failed { get; init; }
    }

    /// <summary>
    /// The facet filters of one search. They apply all together for the results, all but one for that facet's own counts,
    /// and every facet's counts come from one query over the candidates that fail at most one of them.
    /// </summary>
    private sealed class Filters
    {
        private static readonly Expression<Func<JobPosting, int, FacetValues>> ValuesAndFailures = (p, failed) => new FacetValues
        {
            RoleProfileId = p.RoleProfileId,
            CountryCode = p.CountryCode,
            Workplace = p.Workplace,
            EmploymentType = p.EmploymentType,
            Level = p.Level,
            Failed = failed,
        };

        private readonly List<(Facet Facet, Expression<Func<JobPosting, bool>> Holds)> chosen = [];

        public Filters(JobSearchCriteria criteria, int? roleId, int? skillId)
        {
            if (roleId is { } role)
            {
                chosen.Add((Facet.Role, p => p.RoleProfileId == role));
            }

            if (criteria.CountryCode is { } country)
            {
                chosen.Add((Facet.Country, p => p.CountryCode == country));
            }

            if (criteria.Workplace is { } workplace)
            {
                chosen.Add((Facet.Workplace, p => p.Workplace == workplace));
            }

            if (criteria.EmploymentType is { } type)
            {
                chosen.Add((Facet.EmploymentType, p => p.EmploymentType == type));
            }

            if (criteria.Level is { } level)
            {
                chosen.Add((Facet.Level, p => p.Level == level));
            }

            if (skillId is { } skill)
            {
                chosen.Add((Facet.Skill, p => p.SkillIds.Contains(skill)));
            }

            var posting = ValuesAndFailures.Parameters[0];
            var failed = chosen
                .Select(f => (Expression)Expression.Condition(Inline(f.Holds, posting), Expression.Constant(0), Expression.Constant(Bit(f.Facet))))
                .DefaultIfEmpty(Expression.Constant(0))
                .Aggregate(Expression.Add);
            Grouping = Expression.Lambda<Func<JobPosting, FacetValues>>(Inline(ValuesAndFailures, posting, failed), posting);
        }

        /// <summary>Each candidate's facet values and, in <see cref="FacetValues.Failed"/>, the bits of the chosen filters it fails.</summary>
        public Expression<Func<JobPosting, FacetValues>> Grouping { get; }

        public static int Bit(Facet facet) => 1 << (int)facet;

        /// <summary>The postings that meet every chosen filter but <paramref name="except"/>.</summary>
        public IQueryable<JobPosting> Apply(IQueryable<JobPosting> postings, Facet? except = null) =>
            chosen.Where(f => f.Facet != except).Aggregate(postings, (query, f) => query.Where(f.Holds));

        /// <summary>
        /// The postings some facet counts: those meeting every chosen filter, or all but one. With one filter chosen that is
        /// every match, since its own facet counts without it.
        /// </summary>
        public IQueryable<JobPosting> Candidates(IQueryable<JobPosting> postings)
        {
            if (chosen.Count < 2)
            {
                return postings;
            }

            // An OR of the ways to leave one filter out, so that each branch can use the index on the search and facet columns.
            var posting = Expression.Parameter(typeof(JobPosting), "p");
            var allButOne = chosen
                .Select(left => chosen.Where(f => f.Facet != left.Facet).Select(f => Inline(f.Holds, posting)).Aggregate(Expression.AndAlso))
                .Aggregate(Expression.OrElse);
            return postings.Where(Expression.Lambda<Func<JobPosting, bool>>(allButOne, posting));
        }

        /// <summary>The body of <paramref name="lambda"/> with its parameters replaced by <paramref name="arguments"/>.</summary>
        private static Expression Inline(LambdaExpression lambda, params Expression[] arguments) =>
            lambda.Parameters.Zip(arguments).Aggregate(lambda.Body, (body, swap) => ReplacingExpressionVisitor.Replace(swap.First, swap.Second, body));
    }
}
