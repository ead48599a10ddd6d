using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.Sources;

/// <summary>Editors' changes to the sources figures cite; each is stored together with its audit entry. A source still cited cannot be deleted.</summary>
public sealed class DataSourceEditing(AppDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string EntityType = nameof(DataSource);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<DataSource?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.DataSources.AsTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<DataSource> CreateAsync(DataSourceForm form, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (asOf, precision) = form.Date();
        var source = db.DataSources.Add(new DataSource(form.Key!, form.Publisher!, form.Title!, form.Address(), asOf, precision, Today)).Entity;
        await db.SaveWithNewIdsAsync(() => audit.Record(actor, AuditAction.Created, EntityType, source.Id, $"Added source {source.Key}", null, Snapshot(source)), cancellationToken);
        return source;
    }

    /// <summary>Applies the form (the key stays); a conflict (nothing saved) when another editor saved the source after this form was loaded.</summary>
    public async Task<EditResult> SaveAsync(DataSource source, DataSourceForm form, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(form);
        var before = Snapshot(source);
        var (asOf, precision) = form.Date();
        source.Revise(form.Publisher!, form.Title!, form.Address(), asOf, precision, Today);
        audit.Record(actor, AuditAction.Updated, EntityType, source.Id, $"Changed source {source.Key}", before, Snapshot(source));
        return await SaveIfUnchangedAsync(source, form.Version, cancellationToken);
    }

    /// <summary>Deletes the source as the editor saw it at <paramref name="loadedVersion"/>; refused while anything cites it.</summary>
    public async Task<EditResult> DeleteAsync(DataSource source, uint loadedVersion, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (await UsesAsync(source.Id, cancellationToken) is { Count: > 0 } uses)
        {
            return EditResult.Refused($"Source {source.Key} cannot be deleted while it is cited by {string.Join("; ", uses)}. Point those at another source first.");
        }

        db.DataSources.Remove(source);
        audit.Record(actor, AuditAction.Deleted, EntityType, source.Id, $"Deleted source {source.Key}", Snapshot(source), null);
        return await SaveIfUnchangedAsync(source, loadedVersion, cancellationToken);
    }

    private static object Snapshot(DataSource s) => new { s.Key, s.Publisher, s.Title, s.Url, s.AsOf, s.AsOfPrecision };

    private async Task<EditResult> SaveIfUnchangedAsync(DataSource source, uint loadedVersion, CancellationToken cancellationToken)
    {
        if (await db.SaveIfUnchangedAsync(source, loadedVersion, cancellationToken))
        {
            return EditResult.Saved;
        }

        var current = await db.DataSources.SingleOrDefaultAsync(s => s.Id == source.Id, cancellationToken);
        return current is null
            ? EditResult.Refused($"Another editor deleted source {source.Key} meanwhile; nothing of yours was saved.")
            : EditResult.Conflict(
                current.Version,
                [new("Publisher", current.Publisher), new("Title", current.Title), new("URL", current.Url ?? "none"), new("As of", current.AsOfText)]);
    }

    /// <summary>What cites the source, in words: "2 salary figures (data-scientist, python-developer); the role profile python-developer".</summary>
    private async Task<List<string>> UsesAsync(int id, CancellationToken cancellationToken)
    {
        var salaryRoles = await db.SalaryFigures.Where(f => f.DataSourceId == id).Select(f => f.Role.Slug).ToListAsync(cancellationToken);
        var market = await db.MarketFigures.Where(f => f.DataSourceId == id).Select(f => f.CountryCode).ToListAsync(cancellationToken);
        var roles = await db.RoleProfiles.Where(r => r.DataSourceId == id).Select(r => r.Slug).ToListAsync(cancellationToken);
        var areas = await db.CareerAreas.Where(a => a.DataSourceId == id).Select(a => a.Slug).ToListAsync(cancellationToken);
        var facts = await db.CareerFacts.CountAsync(f => f.DataSourceId == id, cancellationToken);
        var uses = new List<string>();
        if (salaryRoles.Count > 0)
        {
            uses.Add($"{salaryRoles.Count} salary figures (roles {string.Join(", ", salaryRoles.Distinct().Order(StringComparer.Ordinal))})");
        }

        if (market.Count > 0)
        {
            uses.Add($"{market.Count} market figures (countries {string.Join(", ", market.Distinct().Order(StringComparer.Ordinal))})");
        }

        if (roles.Count > 0)
        {
            uses.Add($"the role profiles {string.Join(", ", roles)}");
        }

        if (areas.Count > 0)
        {
            uses.Add($"the career areas {string.Join(", ", areas)}");
        }

        if (facts > 0)
        {
            uses.Add($"{facts} facts and shared activities on the role pages");
        }

        return uses;
    }
}
