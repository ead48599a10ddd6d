namespace PythonCareers.Core.Common;

/// <summary>
/// What came of an admin edit, whichever service made it: saved; a conflict (another editor saved first, nothing of this
/// edit was stored, and here is what is stored now, at which version); or refused by a rule, with the reason.
/// </summary>
public sealed record EditResult
{
    private EditResult(EditOutcome outcome, string? reason, uint storedVersion, IReadOnlyList<StoredValue> stored)
    {
        Outcome = outcome;
        Reason = reason;
        StoredVersion = storedVersion;
        Stored = stored;
    }

    public static EditResult Saved { get; } = new(EditOutcome.Saved, null, 0, []);

    public EditOutcome Outcome { get; }

    /// <summary>Why the edit was refused, in words for the editor.</summary>
    public string? Reason { get; }

    /// <summary>After a conflict: the version stored now, which the editor's form takes so that saving again replaces it.</summary>
    public uint StoredVersion { get; }

    /// <summary>After a conflict: the values stored now.</summary>
    public IReadOnlyList<StoredValue> Stored { get; }

    public static EditResult Conflict(uint storedVersion, IReadOnlyList<StoredValue> stored) => new(EditOutcome.Conflict, null, storedVersion, stored);

    public static EditResult Refused(string reason) => new(EditOutcome.Refused, reason, 0, []);
}
