using Microsoft.EntityFrameworkCore;

namespace PythonCareers.Core.Roles;

/// <summary>What job seekers may see of the roles: only published ones, and old slugs forwarding to their current one.</summary>
public static class PublicRoles
{
    public static IQueryable<RoleProfile> Published(this IQueryable<RoleProfile> roles) => roles.Where(r => r.IsPublished);

    /// <summary>The current slug of the published role that <paramref name="oldSlug"/> used to name, or null.</summary>
    public static Task<string?> ForwardedSlugAsync(this AppDbContext db, string oldSlug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.RoleSlugRedirects
            .Where(redirect => redirect.OldSlug == oldSlug)
            .Join(db.RoleProfiles.Published(), redirect => redirect.RoleProfileId, role => role.Id, (_, role) => role.Slug)
            .SingleOrDefaultAsync(cancellationToken);
    }
}
