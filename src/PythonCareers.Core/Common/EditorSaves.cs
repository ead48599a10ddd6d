using Microsoft.EntityFrameworkCore;

namespace PythonCareers.Core.Common;

/// <summary>How editors' changes reach the database: each together with its audit entry, and never over another editor's newer save.</summary>
public static class EditorSaves
{
    /// <summary>
    /// Inserts <paramref name="entity"/>, then runs <paramref name="afterInsert"/> (which records the audit entry, now that the
    /// entity has its id) and saves again, all in one transaction.
    /// </summary>
    public static async Task InsertAsync(this AppDbContext db, object entity, Action afterInsert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(afterInsert);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        afterInsert();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Optimistic concurrency over PostgreSQL's xmin. Saves the pending changes if <paramref name="entity"/> still has the <paramref name="loadedVersion"/> the editor's form carried;
    /// otherwise saves nothing, forgets the pending changes and returns false. The whole row is marked modified so that its UPDATE,
    /// and with it the version check, happens even when only its join rows or children changed.
    /// </summary>
    public static async Task<bool> SaveIfUnchangedAsync<TEntity>(this AppDbContext db, TEntity entity, uint loadedVersion, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(db);
        var entry = db.Entry(entity);
        var version = entry.Property<uint>("Version");
        if (version.CurrentValue != loadedVersion)
        {
            db.ChangeTracker.Clear();
            return false;
        }

        entry.State = EntityState.Modified;
        version.OriginalValue = loadedVersion;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
