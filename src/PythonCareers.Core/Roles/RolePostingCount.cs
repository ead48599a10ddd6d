namespace PythonCareers.Core.Roles;

/// <summary>
/// How many published postings (revisions aside) a role has: a figure the database keeps, by triggers on job_postings
/// that every write path passes (publishing, closing, expiring, a revision that moves a posting to another role, a
/// deletion), so the role page reads one row instead of counting thousands of index entries. The site never writes it.
/// Published is not quite open: <see cref="OpenPostingCounts"/> takes off the few past their closing time that the expiry
/// service has not closed yet.
/// </summary>
public sealed class RolePostingCount
{
    private RolePostingCount()
    {
    }

    public int RoleProfileId { get; private set; }

    public int Published { get; private set; }
}
