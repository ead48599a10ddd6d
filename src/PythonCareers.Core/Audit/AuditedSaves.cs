using Microsoft.EntityFrameworkCore;

namespace PythonCareers.Core.Audit;

/// <summary>How every admin edit reaches the database: together with its audit entry, and never over another editor's newer save.</summary>
public static class AuditedSaves
{
    /// <summary>
    /// Stores new rows, then the audit entries that name the ids the database just gave them, in one transaction: the
    /// rows and their record are kept together or not at all.
    /// </summary>
    public static Task SaveWithNewIdsAsync(this AppDbContext db, Action recordAudit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(recordAudit);
        return db.InOneTransactionAsync(
            async () =>
            {
                await db.SaveChangesAsync(cancellationToken);
                recordAudit();
                return true;
            },
            cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="writes"/> (which may save several times, as Identity's user manager does), then saves what
    /// is still pending (the audit entries) and commits: all of it or, when <paramref name="writes"/> answers false or
    /// fails, none of it.
    /// </summary>
    public static async Task InOneTransactionAsync(this AppDbContext db, Func<Task<bool>> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(writes);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await writes())
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Optimistic concurrency over PostgreSQL's xmin. Saves the pending changes (the edit and its audit entry) if
    /// <paramref name="entity"/> still has the <paramref name="loadedVersion"/> the editor's form carried; otherwise saves
    /// nothing, forgets the pending changes and returns false. A changed row is marked modified as a whole so that its
    /// UPDATE, and with it the version check, happens even when only its join rows or children changed.
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

        if (entry.State != EntityState.Deleted)
        {
            entry.State = EntityState.Modified;
        }

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
