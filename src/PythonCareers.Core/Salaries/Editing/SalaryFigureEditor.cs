using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.Salaries.Editing;

/// <summary>
/// Adds, revises and retires salary figures, each write with its audit entry (the figure's versions) in the same transaction.
/// A write over a stale row version stores nothing and answers a conflict with the values stored now.
/// </summary>
public sealed class SalaryFigureEditor(AppDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string EntityType = nameof(SalaryFigure);

    private Dictionary<string, RoleProfile>? roles;
    private Dictionary<string, DataSource>? sources;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>A figure with its role and source, tracked for a change.</summary>
    public Task<SalaryFigure?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.SalaryFigures.AsTracking().Include(f => f.Role).Include(f => f.Source).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);

    /// <summary>The live figure that already holds this key, other than <paramref name="exceptId"/>: the unique index would refuse a second.</summary>
    public Task<int?> FindSameKeyAsync(SalaryFigureKey key, int? exceptId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return db.LiveSalaryFigures()
            .Where(f => f.Id != exceptId && f.Role.Slug == key.Role && f.CountryCode == key.Country && f.Kind == key.Kind
                && f.Level == key.Level && f.Period == key.Period && f.Source.Key == key.Source && f.AsOf == key.AsOf)
            .Select(f => (int?)f.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<SalaryFigure> CreateAsync(SalaryFigureRecord record, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await LoadReferencesAsync(cancellationToken);
        var figure = New(record);
        await db.SaveWithNewIdsAsync(() => RecordCreated(actor, figure, AuditAction.Created, "Added"), cancellationToken);
        return figure;
    }

    /// <summary>Saves the editor's values over <paramref name="figure"/> as they saw it at <paramref name="loadedVersion"/>.</summary>
    public async Task<EditResult> ReviseAsync(SalaryFigure figure, uint loadedVersion, SalaryFigureRecord record, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(figure);
        await LoadReferencesAsync(cancellationToken);
        Revise(figure, record, actor, AuditAction.Updated, "Changed");
        return await SaveIfUnchangedAsync(figure, loadedVersion, cancellationToken);
    }

    public async Task<EditResult> RetireAsync(SalaryFigure figure, uint loadedVersion, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var before = SalaryFigureRecord.Of(figure);
        figure.Retire(clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditAction.Retired, EntityType, figure.Id, $"Retired {Describe(before)}", before, SalaryFigureRecord.Of(figure));
        return await SaveIfUnchangedAsync(figure, loadedVersion, cancellationToken);
    }

    /// <summary>
    /// Applies checked import rows in one transaction: a row whose key matches a live figure revises it (only when a value
    /// differs), any other row adds a figure. Either every row is stored or, on any failure, none.
    /// </summary>
    public async Task<(int Added, int Changed)> ImportAsync(IReadOnlyList<SalaryFigureRecord> records, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        await LoadReferencesAsync(cancellationToken);
        var live = await LiveByKeyAsync(cancellationToken);
        var added = new List<SalaryFigure>();
        var changed = 0;
        foreach (var record in records)
        {
            if (!live.TryGetValue(record.Key, out var figure))
            {
                added.Add(New(record));
            }
            else if (SalaryFigureRecord.Of(figure) != record)
            {
                Revise(figure, record, actor, AuditAction.Updated, "Changed by CSV import:");
                changed++;
            }
        }

        await db.SaveWithNewIdsAsync(() => added.ForEach(figure => RecordCreated(actor, figure, AuditAction.Imported, "Imported")), cancellationToken);
        return (added.Count, changed);
    }

    /// <summary>Live figures by key with their current values, for an import preview (no tracking).</summary>
    public async Task<Dictionary<SalaryFigureKey, (int Id, SalaryFigureRecord Record)>> LiveRecordsByKeyAsync(CancellationToken cancellationToken) =>
        (await db.LiveSalaryFigures().Include(f => f.Role).Include(f => f.Source).ToListAsync(cancellationToken))
            .ToDictionary(f => SalaryFigureRecord.Of(f).Key, f => (f.Id, SalaryFigureRecord.Of(f)));

    private async Task<EditResult> SaveIfUnchangedAsync(SalaryFigure figure, uint loadedVersion, CancellationToken cancellationToken)
    {
        if (await db.SaveIfUnchangedAsync(figure, loadedVersion, cancellationToken))
        {
            return EditResult.Saved;
        }

        var current = await db.SalaryFigures.Include(f => f.Role).Include(f => f.Source).SingleAsync(f => f.Id == figure.Id, cancellationToken);
        var r = SalaryFigureRecord.Of(current);
        return EditResult.Conflict(
            current.Version,
            [
                new("Role", r.Role),
                new("Country", r.Country ?? "none"),
                new("Currency", r.Currency),
                new("Kind, level, period", $"{r.Kind}, {r.Level}, {r.Period}"),
                new("Amounts", SalaryAmounts.Text(r.Currency, r.Minimum, r.Average, r.Maximum)),
                new("Source, as of", $"{r.Source}, {r.AsOf.ToString(TypedText.DateFormat, CultureInfo.InvariantCulture)}"),
                new("Derivation", r.Derivation ?? "none"),
                new("Status", r.RetiredAt is null ? "current" : "retired"),
            ]);
    }

    private static string Describe(SalaryFigureRecord r) =>
        $"{r.Role} {r.Country ?? "(no country)"} {r.Kind} {r.Level} {r.Period} {r.Source} {r.AsOf:yyyy-MM-dd}";

    private async Task<Dictionary<SalaryFigureKey, SalaryFigure>> LiveByKeyAsync(CancellationToken cancellationToken) =>
        (await db.SalaryFigures.AsTracking().Where(f => f.RetiredAt == null).ToListAsync(cancellationToken))
            .ToDictionary(f => SalaryFigureRecord.Of(f).Key);

    private async Task LoadReferencesAsync(CancellationToken cancellationToken)
    {
        // Few of each: tracked whole, so new figures attach to them and loaded figures find theirs by identity resolution.
        roles ??= await db.RoleProfiles.AsTracking().ToDictionaryAsync(r => r.Slug, StringComparer.Ordinal, cancellationToken);
        sources ??= await db.DataSources.AsTracking().ToDictionaryAsync(s => s.Key, StringComparer.Ordinal, cancellationToken);
    }

    private SalaryFigure New(SalaryFigureRecord record)
    {
        if (record.AsOf > Today)
        {
            throw new DomainRuleException($"The as-of date {record.AsOf:yyyy-MM-dd} is in the future.");
        }

        var figure = new SalaryFigure(
            roles![record.Role], record.Country, record.Currency, record.Kind, record.Level, record.Period, record.Statistic, sources![record.Source], record.Derivation, record.AsOf);
        db.SalaryFigures.Add(figure);
        return figure;
    }

    private void Revise(SalaryFigure figure, SalaryFigureRecord record, AuditActor actor, AuditAction action, string verb)
    {
        var before = SalaryFigureRecord.Of(figure);
        figure.Revise(roles![record.Role], record.Country, record.Currency, record.Kind, record.Level, record.Period, record.Statistic, sources![record.Source], record.Derivation, record.AsOf, Today);
        var after = SalaryFigureRecord.Of(figure);
        audit.Record(actor, action, EntityType, figure.Id, $"{verb} {Describe(after)}", before, after);
    }

    private void RecordCreated(AuditActor actor, SalaryFigure figure, AuditAction action, string verb)
    {
        var after = SalaryFigureRecord.Of(figure);
        audit.Record(actor, action, EntityType, figure.Id, $"{verb} {Describe(after)}", null, after);
    }
}
