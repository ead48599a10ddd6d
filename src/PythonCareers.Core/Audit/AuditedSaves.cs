namespace PythonCareers.Core.Audit;

public static class AuditedSaves
{
    /// <summary>
    /// Stores new rows, then the audit entries that name the ids the database just gave them, in one transaction: the
    /// rows and their record are kept together or not at all.
    /// </summary>
    public static async Task SaveWithNewIdsAsync(this AppDbContext db, Action recordAudit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(recordAudit);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        recordAudit();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
