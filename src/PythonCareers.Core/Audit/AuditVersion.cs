using System.Text.Json;

namespace PythonCareers.Core.Audit;

/// <summary>An audit entry as a version in an entity's history: who, when, what, and each value before and after.</summary>
public sealed record AuditVersion(DateTime At, string UserName, AuditAction Action, string Summary, IReadOnlyList<FieldChange> Fields)
{
    public static AuditVersion Of(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var before = Values(entry.Before);
        var after = Values(entry.After);
        var names = before.Keys.Concat(after.Keys).Distinct(StringComparer.Ordinal);
        return new AuditVersion(
            entry.At,
            entry.UserName,
            entry.Action,
            entry.Summary,
            [.. names.Select(name => new FieldChange(name, before.GetValueOrDefault(name), after.GetValueOrDefault(name)))]);
    }

    private static Dictionary<string, string?> Values(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind != JsonValueKind.Object
            ? []
            : document.RootElement.EnumerateObject().ToDictionary(
                p => p.Name,
                p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText(),
                StringComparer.Ordinal);
    }
}
