using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.Market;

/// <summary>Editors' changes to the counts of open positions; each is stored together with its audit entry.</summary>
public sealed class MarketFigureEditing(AppDbContext db, AuditTrail audit)
{
    public const string EntityType = nameof(MarketFigure);

    /// <summary>A figure with its source, tracked for a change.</summary>
    public Task<MarketFigure?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.MarketFigures.AsTracking().Include(f => f.Source).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);

    public async Task<MarketFigure> CreateAsync(MarketFigureForm form, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var source = await db.DataSources.AsTracking().SingleAsync(s => s.Key == form.Source, cancellationToken);
        var figure = db.MarketFigures.Add(new MarketFigure(form.Country!.Trim(), form.LevelValue, form.Count, form.IsApproximate, source)).Entity;
        await db.SaveWithNewIdsAsync(() => audit.Record(actor, AuditAction.Created, EntityType, figure.Id, $"Added market figure {figure.CountryCode} {figure.Level}", null, Snapshot(figure)), cancellationToken);
        return figure;
    }

    /// <summary>Applies the form; a conflict (nothing saved) when another editor saved the figure after this form was loaded.</summary>
    public async Task<EditResult> SaveAsync(MarketFigure figure, MarketFigureForm form, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(form);
        var before = Snapshot(figure);
        var source = await db.DataSources.AsTracking().SingleAsync(s => s.Key == form.Source, cancellationToken);
        figure.Revise(form.Country!.Trim(), form.LevelValue, form.Count, form.IsApproximate, source);
        audit.Record(actor, AuditAction.Updated, EntityType, figure.Id, $"Changed market figure {figure.CountryCode} {figure.Level}", before, Snapshot(figure));
        if (await db.SaveIfUnchangedAsync(figure, form.Version, cancellationToken))
        {
            return EditResult.Saved;
        }

        var current = await db.MarketFigures.Include(f => f.Source).SingleAsync(f => f.Id == figure.Id, cancellationToken);
        return EditResult.Conflict(
            current.Version,
            [
                new("Country", current.CountryCode),
                new("Level", current.Level.ToString()),
                new("Count", $"{current.OpenPositions} open positions{(current.IsApproximate ? " (approximate)" : "")}"),
                new("Source", current.Source.Key),
            ]);
    }

    private static object Snapshot(MarketFigure f) => new { Country = f.CountryCode, f.Level, f.OpenPositions, f.IsApproximate, Source = f.Source.Key, f.AsOf };
}
