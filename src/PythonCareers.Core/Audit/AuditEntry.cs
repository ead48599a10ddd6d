using PythonCareers.Core.Common;

namespace PythonCareers.Core.Audit;

/// <summary>
/// One write in the admin area: who, when, what, and the values before and after (JSON). Salary figure versions are
/// the audit entries of that figure.
/// </summary>
public sealed class AuditEntry
{
    public const int NameMaxLength = 256;
    public const int SummaryMaxLength = 500;
    public const int EntityTypeMaxLength = 64;

    private AuditEntry()
    {
    }

    public AuditEntry(DateTime at, string? userId, string userName, AuditAction action, string entityType, string entityId, string summary, string? before, string? after)
    {
        At = at;
        UserId = userId;
        UserName = userName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Summary = PlainText.Shorten(summary, SummaryMaxLength);
        Before = before;
        After = after;
    }

    public long Id { get; private set; }

    public DateTime At { get; private set; }

    public string? UserId { get; private set; }

    public string UserName { get; private set; } = "";

    public AuditAction Action { get; private set; }

    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string? Before { get; private set; }

    public string? After { get; private set; }
}

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Retired,
    Published,
    Unpublished,
    Imported,
    Approved,
    Rejected,
    Commented,
    RoleGranted,
    RoleRevoked,
    Locked,
    Unlocked,
}
