namespace PythonCareers.Core.Audit;

/// <summary>One value of an audited snapshot, before and after a write.</summary>
public sealed record FieldChange(string Name, string? Before, string? After)
{
    public bool Changed => Before != After;
}
