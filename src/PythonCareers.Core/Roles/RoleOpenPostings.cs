namespace PythonCareers.Core.Roles;

/// <summary>A role's open postings now; a class with settable members, so EF Core can filter on them in SQL.</summary>
public sealed class RoleOpenPostings
{
    public int RoleProfileId { get; init; }

    public int Open { get; init; }
}
