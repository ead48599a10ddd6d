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
/// Loads the content file, the site's first content, into an empty database, and makes sure the account roles exist.
/// Once there is content, editors own it: running the seeder again adds nothing, so it never undoes an edit, a rename or a deletion.
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

    /// <summary>Seeds an empty database; returns how many rows were added (0 when there was content already).</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        var roleNames = await db.Roles.Select(r => r.Name ?? "").ToListAsync(cancellationToken);
        foreach (var name in CareerRoles.All.Except(roleNames))
        {
            db.Roles.Add(new IdentityRole(name) { NormalizedName = name.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        }

        if (!await db.DataSources.AnyAsync(cancellationToken))
        {
            AddContent(LoadDocument(), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        }

        return await db.SaveChangesAsync(cancellationToken);
    }

    private void AddContent(ContentDocument content, DateOnly today)
    {
        var sources = content.Sources.ToDictionary(
            e => e.Key,
            e => new DataSource(e.Key, e.Publisher, e.Title, e.Url, e.AsOf, e.AsOfPrecision, today));
        db.DataSources.AddRange(sources.Values);
        db.CareerFacts.AddRange(content.PythonFacts.Select((e, index) => new CareerFact(CareerFactKind.WhyPython, index + 1, e.Text, sources[e.Source])));
        db.CareerFacts.AddRange(content.SharedActivities.Select((e, index) => new CareerFact(CareerFactKind.SharedActivity, index + 1, e.Text, sources[e.Source])));

        var areas = content.Areas.Select((e, index) => new CareerArea(e.Slug, e.Name, e.PythonUse, index + 1, sources[e.Source])).ToDictionary(a => a.Slug);
        var skills = content.Skills.Select(e => new Skill(e.Slug, e.Name, e.Category, e.Description)).ToDictionary(s => s.Slug);
        db.CareerAreas.AddRange(areas.Values);
        db.Skills.AddRange(skills.Values);

        var roles = new Dictionary<string, RoleProfile>();
        foreach (var (entry, index) in content.Roles.Select((entry, index) => (entry, index)))
        {
            var role = new RoleProfile(entry.Slug, entry.Title, entry.Summary, entry.Description, entry.BackgroundAndEducation, index + 1, sources[entry.Source]);
            role.SetResponsibilities(entry.Responsibilities);
            foreach (var figure in entry.Salaries)
            {
                db.SalaryFigures.Add(new SalaryFigure(
                    role,
                    figure.Country,
                    figure.Currency,
                    figure.Kind,
                    figure.Level,
                    figure.Period,
                    new SalaryStatistic(figure.Minimum, figure.Average, figure.Maximum),
                    sources[figure.Source],
                    figure.Derivation));
            }

            roles[entry.Slug] = role;
        }

        foreach (var entry in content.Roles)
        {
            roles[entry.Slug].Assign(
                [.. entry.Skills.Select(slug => Lookup(skills, slug, "skill"))],
                [.. entry.Areas.Select(slug => Lookup(areas, slug, "career area"))],
                [.. entry.RelatedRoles.Select(slug => Lookup(roles, slug, "role"))]);
        }

        db.RoleProfiles.AddRange(roles.Values);
        db.MarketFigures.AddRange(content.Market.Select(e => new MarketFigure(e.Country, e.Level, e.OpenPositions, e.Approximate, sources[e.Source])));
    }

    private static T Lookup<T>(Dictionary<string, T> bySlug, string slug, string what) =>
        bySlug.TryGetValue(slug, out var found)
            ? found
            : throw new DomainRuleException($"The content file names the {what} '{slug}', which it does not define.");
}
