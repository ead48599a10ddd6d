using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

namespace PythonCareers.Core.Audit;

/// <summary>Who is making a change in the admin area.</summary>
public sealed record AuditActor(string? UserId, string UserName);

/// <summary>
/// Records admin writes. It only adds the entry to the context: the caller's SaveChanges stores the change and its
/// audit entry in one transaction, so there is never a change without its record or a record without its change.
/// </summary>
public sealed class AuditTrail(AppDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Record(AuditActor actor, AuditAction action, string entityType, object entityId, string summary, object? before = null, object? after = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        db.AuditEntries.Add(new AuditEntry(
            clock.GetUtcNow().UtcDateTime,
            actor.UserId,
            actor.UserName,
            action,
            entityType,
            Convert.ToString(entityId, CultureInfo.InvariantCulture) ?? "",
            summary,
            before is null ? null : JsonSerializer.Serialize(before, Json),
            after is null ? null : JsonSerializer.Serialize(after, Json)));
    }

    /// <summary>The versions of one entity, newest first.</summary>
    public async Task<IReadOnlyList<AuditVersion>> HistoryAsync(string entityType, int id, CancellationToken cancellationToken)
    {
        var entityId = id.ToString(CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries
            .Where(e => e.EntityType == entityType && e.EntityId == entityId)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .ToListAsync(cancellationToken);
        return [.. entries.Select(AuditVersion.Of)];
    }
}
