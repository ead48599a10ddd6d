using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;

namespace PythonCareers.Core.Jobs.Search;

/// <summary>
/// Full-text search over live postings with facets. Text matches use <c>websearch_to_tsquery('english', q)</c> against the
/// stored search vector (GIN index). Relevance ranks only the newest <see cref="JobSearchResult.CountCap"/> matches and the
/// count stops just past the cap, so neither grows with the number of matches (docs: shared/notes/performance.md).
/// </summary>
public sealed class JobSearch(AppDbContext db)
{
    private const string TextSearchConfig = "english";

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
        var roles = await RolesAsync(cancellationToken);
        var skills = await SkillsAsync(cancellationToken);
        var filters = new Filters(
            criteria,
            roles.SingleOrDefault(r => r.Slug == criteria.RoleSlug)?.Id,
            skills.SingleOrDefault(s => s.Slug == criteria.SkillSlug)?.Id);

        var matches = Matches(criteria);
        var all = filters.Apply(matches, except: null);
        var postings = await Ordered(all, criteria)
            .Skip((criteria.Page - 1) * JobSearchCriteria.PageSize)
            .Take(JobSearchCriteria.PageSize)
            .Select(PostingSummary.FromPosting)
            .ToListAsync(cancellationToken);
        var count = await all.Take(JobSearchResult.CountCap + 1).CountAsync(cancellationToken);

        var roleCounts = await CountAsync(filters.Apply(matches, Facet.Role), p => p.RoleProfileId, cancellationToken);
        var countryCounts = await CountAsync(filters.Apply(matches, Facet.Country), p => p.CountryCode, cancellationToken);
        var workplaceCounts = await CountAsync(filters.Apply(matches, Facet.Workplace), p => p.Workplace, cancellationToken);
        var typeCounts = await CountAsync(filters.Apply(matches, Facet.EmploymentType), p => p.EmploymentType, cancellationToken);
        var levelCounts = await CountAsync(filters.Apply(matches, Facet.Level), p => p.Level, cancellationToken);
        var skillCounts = await filters.Apply(matches, Facet.Skill)
            .SelectMany(p => p.SkillIds)
            .GroupBy(id => id)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var facets = new JobSearchFacets(
            [.. roles.Select(r => new FacetOption(r.Slug, r.Name, roleCounts.GetValueOrDefault(r.Id)))],
            [.. countryCounts
                .Select(c => new FacetOption(c.Key.ToLowerInvariant(), IsoCodes.CountryName(c.Key), c.Value))
                .Concat(criteria.CountryCode is { } chosen && !countryCounts.ContainsKey(chosen)
                    ? [new FacetOption(chosen.ToLowerInvariant(), IsoCodes.CountryName(chosen), 0)]
                    : [])
                .OrderBy(o => o.Label, StringComparer.Ordinal)],
            EnumOptions(workplaceCounts, JobNames.DisplayName),
            EnumOptions(typeCounts, JobNames.DisplayName),
            EnumOptions(levelCounts, JobNames.DisplayName),
            [.. skills
                .Where(s => skillCounts.ContainsKey(s.Id) || s.Slug == criteria.SkillSlug)
                .Select(s => new FacetOption(s.Slug, s.Name, skillCounts.GetValueOrDefault(s.Id)))]);
        return new JobSearchResult(criteria, postings, count, facets);
    }

    /// <summary>The choices for a search form shown without results (a refused search): every value, no counts.</summary>
    public async Task<JobSearchFacets> ChoicesAsync(CancellationToken cancellationToken)
    {
        var roles = await RolesAsync(cancellationToken);
        var skills = await SkillsAsync(cancellationToken);
        var countries = await db.JobPostings.Live().Select(p => p.CountryCode).Distinct().ToListAsync(cancellationToken);
        return new JobSearchFacets(
            [.. roles.Select(r => new FacetOption(r.Slug, r.Name, null))],
            [.. countries.Select(c => new FacetOption(c.ToLowerInvariant(), IsoCodes.CountryName(c), null)).OrderBy(o => o.Label, StringComparer.Ordinal)],
            EnumOptions<Workplace>(null, JobNames.DisplayName),
            EnumOptions<EmploymentType>(null, JobNames.DisplayName),
            EnumOptions<JobLevel>(null, JobNames.DisplayName),
            [.. skills.Select(s => new FacetOption(s.Slug, s.Name, null))]);
    }

    private static List<FacetOption> EnumOptions<T>(Dictionary<T, int>? counts, Func<T, string> label)
        where T : struct, Enum =>
        [.. SearchToken.All<T>().Select(value => new FacetOption(SearchToken.Of(value), label(value), counts?.GetValueOrDefault(value) ?? (int?)null))];

    private static Task<Dictionary<TKey, int>> CountAsync<TKey>(IQueryable<JobPosting> postings, Expression<Func<JobPosting, TKey>> key, CancellationToken cancellationToken)
        where TKey : notnull =>
        postings.GroupBy(key).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

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

    private Task<List<NamedId>> RolesAsync(CancellationToken cancellationToken) =>
        db.RoleProfiles.Published().OrderBy(r => r.SortOrder).Select(r => new NamedId(r.Id, r.Slug, r.Title)).ToListAsync(cancellationToken);

    private async Task<List<NamedId>> SkillsAsync(CancellationToken cancellationToken) =>
        [.. (await db.Skills.Select(s => new NamedId(s.Id, s.Slug, s.Name)).ToListAsync(cancellationToken)).OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)];

    private sealed record NamedId(int Id, string Slug, string Name);

    /// <summary>The facet filters of one search, applied all together or all but one (for that facet's own counts).</summary>
    private sealed record Filters(JobSearchCriteria Criteria, int? RoleId, int? SkillId)
    {
        public IQueryable<JobPosting> Apply(IQueryable<JobPosting> postings, Facet? except)
        {
            if (except != Facet.Role && RoleId is { } roleId)
            {
                postings = postings.Where(p => p.RoleProfileId == roleId);
            }

            if (except != Facet.Country && Criteria.CountryCode is { } country)
            {
                postings = postings.Where(p => p.CountryCode == country);
            }

            if (except != Facet.Workplace && Criteria.Workplace is { } workplace)
            {
                postings = postings.Where(p => p.Workplace == workplace);
            }

            if (except != Facet.EmploymentType && Criteria.EmploymentType is { } type)
            {
                postings = postings.Where(p => p.EmploymentType == type);
            }

            if (except != Facet.Level && Criteria.Level is { } level)
            {
                postings = postings.Where(p => p.Level == level);
            }

            if (except != Facet.Skill && SkillId is { } skillId)
            {
                postings = postings.Where(p => p.SkillIds.Contains(skillId));
            }

            return postings;
        }
    }
}
