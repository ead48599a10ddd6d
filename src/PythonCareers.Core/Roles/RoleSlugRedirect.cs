namespace PythonCareers.Core.Roles;

/// <summary>A role's former slug, so that old links keep working (301) after a rename.</summary>
public sealed class RoleSlugRedirect
{
    private RoleSlugRedirect()
    {
    }

    public RoleSlugRedirect(string oldSlug, int roleProfileId)
    {
        OldSlug = Common.Slug.Require(oldSlug);
        RoleProfileId = roleProfileId;
    }

    public int Id { get; private set; }

    public string OldSlug { get; private set; } = "";

    public int RoleProfileId { get; private set; }
}
