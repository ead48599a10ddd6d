using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.CareerAreas;
using PythonCareers.Core.Common;
using PythonCareers.Core.Market;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Skills;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.Content;

/// <summary>
/// Loads the content file, and the account roles, into the database. Adds only what is missing, by natural key (slug, source key,
/// position, figure key), so running it again changes nothing and never overwrites an editor's work.
/// </summary>
public sealed class ContentSeeder(AppDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static ContentDocument LoadDocument()
    {
        using var stream = typeof(ContentSeeder).Assembly.GetManifestResourceStream("PythonCareers.Core.Content.career-content.json")
            ?? throw new InvalidOperationException("The embedded career content is missing from the build.");
        return JsonSerializer.Deserialize<ContentDocument>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The career content file is empty.");
    }

    /// <summary>Adds what the content file has and the database lacks; returns how many rows were added.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        var roleNames = await db.Roles.Select(r => r.Name ?? "").ToListAsync(cancellationToken);
        foreach (var name in CareerRoles.All.Except(roleNames))
        {
            db.Roles.Add(new IdentityRole(name) { NormalizedName = name.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        }

        var content = LoadDocument();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        var sources = await db.DataSources.AsTracking().ToDictionaryAsync(s => s.Key, cancellationToken);
        foreach (var entry in content.Sources.Where(e => !sources.ContainsKey(e.Key)))
        {
            sources[entry.Key] = db.DataSources.Add(new DataSource(entry.Key, entry.Publisher, entry.Title, entry.Url, entry.AsOf, entry.AsOfPrecision, today)).Entity;
        }

        await AddMissingByPositionAsync(db.PythonFacts, content.PythonFacts, f => f.Position, (position, e) => new PythonFact(position, e.Text, sources[e.Source]), cancellationToken);
        await AddMissingByPositionAsync(db.SharedActivities, content.SharedActivities, a => a.Position, (position, e) => new SharedActivity(position, e.Text, sources[e.Source]), cancellationToken);

        var areas = await db.CareerAreas.AsTracking().ToDictionaryAsync(a => a.Slug, cancellationToken);
        foreach (var entry in content.Areas.Select((e, index) => (e, index)).Where(x => !areas.ContainsKey(x.e.Slug)))
        {
            areas[entry.e.Slug] = db.CareerAreas.Add(new CareerArea(entry.e.Slug, entry.e.Name, entry.e.PythonUse, entry.index + 1, sources[entry.e.Source])).Entity;
        }

        var skills = await db.Skills.AsTracking().ToDictionaryAsync(s => s.Slug, cancellationToken);
        foreach (var entry in content.Skills.Where(e => !skills.ContainsKey(e.Slug)))
        {
            skills[entry.Slug] = db.Skills.Add(new Skill(entry.Slug, entry.Name, entry.Category, entry.Description)).Entity;
        }

        var roles = await db.RoleProfiles.AsTracking().Include(r => r.SalaryFigures).ToDictionaryAsync(r => r.Slug, cancellationToken);

        // A role an editor renamed is still the content file's role under its old slug: it is not missing.
        var rolesById = roles.Values.ToDictionary(r => r.Id);
        foreach (var redirect in await db.RoleSlugRedirects.ToListAsync(cancellationToken))
        {
            roles.TryAdd(redirect.OldSlug, rolesById[redirect.RoleProfileId]);
        }

        var newRoles = content.Roles.Select((entry, index) => (entry, index)).Where(x => !roles.ContainsKey(x.entry.Slug)).ToList();
        foreach (var (entry, index) in newRoles)
        {
            var role = new RoleProfile(entry.Slug, entry.Title, entry.Summary, entry.Description, entry.BackgroundAndEducation, index + 1, sources[entry.Source]);
            entry.Responsibilities.ToList().ForEach(role.AddResponsibility);
            entry.Skills.ToList().ForEach(slug => role.Skills.Add(Lookup(skills, slug, "skill")));
            entry.Areas.ToList().ForEach(slug => role.Areas.Add(Lookup(areas, slug, "career area")));
            roles[entry.Slug] = db.RoleProfiles.Add(role).Entity;
        }

        foreach (var (entry, _) in newRoles)
        {
            entry.RelatedRoles.ToList().ForEach(slug => roles[entry.Slug].RelatedRoles.Add(Lookup(roles, slug, "role")));
        }

        foreach (var entry in content.Roles)
        {
            AddMissingSalaries(roles[entry.Slug], entry.Salaries, sources);
        }

        var market = await db.MarketFigures.Select(f => new { f.CountryCode, f.Level, f.Source.Key }).ToListAsync(cancellationToken);
        foreach (var entry in content.Market.Where(e => !market.Any(m => m.CountryCode == e.Country && m.Level == e.Level && m.Key == e.Source)))
        {
            db.MarketFigures.Add(new MarketFigure(entry.Country, entry.Level, entry.OpenPositions, entry.Approximate, sources[entry.Source]));
        }

        return await db.SaveChangesAsync(cancellationToken);
    }

    private static void AddMissingSalaries(RoleProfile role, IEnumerable<SalaryEntry> entries, Dictionary<string, DataSource> sources)
    {
        foreach (var entry in entries)
        {
            var source = sources[entry.Source];
            var exists = role.SalaryFigures.Any(f =>
                f.CountryCode == entry.Country && f.Kind == entry.Kind && f.Level == entry.Level && f.Period == entry.Period && f.Source == source);
            if (!exists)
            {
                role.SalaryFigures.Add(new SalaryFigure(
                    role,
                    entry.Country,
                    entry.Currency,
                    entry.Kind,
                    entry.Level,
                    entry.Period,
                    new SalaryStatistic(entry.Minimum, entry.Average, entry.Maximum),
                    source,
                    entry.Derivation));
            }
        }
    }

    private static async Task AddMissingByPositionAsync<TEntity>(
        DbSet<TEntity> set,
        IReadOnlyList<TextEntry> entries,
        System.Linq.Expressions.Expression<Func<TEntity, int>> position,
        Func<int, TextEntry, TEntity> create,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        var taken = await set.Select(position).ToListAsync(cancellationToken);
        for (var index = 0; index < entries.Count; index++)
        {
            if (!taken.Contains(index + 1))
            {
                set.Add(create(index + 1, entries[index]));
            }
        }
    }

    private static T Lookup<T>(Dictionary<string, T> bySlug, string slug, string what) =>
        bySlug.TryGetValue(slug, out var found)
            ? found
            : throw new DomainRuleException($"The content file names the {what} '{slug}', which it does not define.");
}
