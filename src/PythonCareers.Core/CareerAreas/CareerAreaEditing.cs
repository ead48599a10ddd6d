using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.CareerAreas;

/// <summary>Editors' changes to career areas; each is stored together with its audit entry.</summary>
public sealed class CareerAreaEditing(AppDbContext db, AuditTrail audit)
{
    private const string EntityType = nameof(CareerArea);

    public Task<CareerArea?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.CareerAreas.AsTracking().Include(a => a.Source).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<CareerArea> CreateAsync(CareerAreaForm form, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var source = await db.DataSources.AsTracking().SingleAsync(s => s.Id == form.DataSourceId, cancellationToken);
        var area = new CareerArea(form.Slug!, form.Name!, form.PythonUse!, form.SortOrder ?? 0, source);
        db.CareerAreas.Add(area);
        await db.SaveWithNewIdsAsync(() => audit.Record(actor, AuditAction.Created, EntityType, area.Id, $"Added the career area {area.Name}", after: area.Snapshot()), cancellationToken);
        return area;
    }

    /// <summary>Applies the form; a conflict (nothing saved) when another editor saved the area after this form was loaded.</summary>
    public async Task<EditResult> SaveAsync(CareerArea area, CareerAreaForm form, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(form);
        var before = area.Snapshot();
        var source = await db.DataSources.AsTracking().SingleAsync(s => s.Id == form.DataSourceId, cancellationToken);
        area.Edit(form.Slug!, form.Name!, form.PythonUse!, form.SortOrder ?? 0, source);
        audit.Record(actor, AuditAction.Updated, EntityType, area.Id, $"Edited the career area {area.Name}", before, area.Snapshot());
        if (await db.SaveIfUnchangedAsync(area, form.Version, cancellationToken))
        {
            return EditResult.Saved;
        }

        var current = await db.CareerAreas.Include(a => a.Source).SingleAsync(a => a.Id == area.Id, cancellationToken);
        return EditResult.Conflict(
            current.Version,
            [
                new("Slug", current.Slug),
                new("Name", current.Name),
                new("What Python is used for", current.PythonUse),
                new("Place in lists", current.SortOrder.ToString(CultureInfo.InvariantCulture)),
                new("Source", $"{current.Source.Publisher}: {current.Source.Title}"),
            ]);
    }

    /// <summary>Deletes the area; refused while roles list it.</summary>
    public async Task<EditResult> DeleteAsync(CareerArea area, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(area);
        if (await WhereUsedAsync(area, cancellationToken) is { } refusal)
        {
            return EditResult.Refused(refusal);
        }

        audit.Record(actor, AuditAction.Deleted, EntityType, area.Id, $"Deleted the career area {area.Name}", before: area.Snapshot());
        db.CareerAreas.Remove(area);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult.Saved;
    }

    private async Task<string?> WhereUsedAsync(CareerArea area, CancellationToken cancellationToken)
    {
        var roles = await db.RoleProfiles.Where(r => r.Areas.Any(a => a.Id == area.Id)).OrderBy(r => r.SortOrder).Select(r => r.Title).ToListAsync(cancellationToken);
        return roles.Count == 0
            ? null
            : $"{area.Name} cannot be deleted: it is still used by the role{(roles.Count == 1 ? "" : "s")} {ContentRules.Sentence(roles)}. Remove it there first.";
    }
}
