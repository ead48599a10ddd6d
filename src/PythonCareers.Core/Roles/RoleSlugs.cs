using Microsoft.EntityFrameworkCore;

namespace PythonCareers.Core.Roles;

/// <summary>
/// A role's slug is its address. A renamed role keeps its old slugs as redirects, so no slug may name two roles, live or
/// forwarded; renaming a role back to a former slug makes that slug live again and drops its redirect.
/// </summary>
public static class RoleSlugs
{
    /// <summary>Why another role holds <paramref name="slug"/> (its own or one that forwards to it), or null when it is free for this role.</summary>
    public static async Task<string?> HolderAsync(AppDbContext db, string slug, int roleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var live = await db.RoleProfiles.Where(r => r.Slug == slug && r.Id != roleId).Select(r => r.Title).FirstOrDefaultAsync(cancellationToken);
        if (live is not null)
        {
            return $"“{slug}” is already the address of {live}: choose another slug.";
        }

        var forwarded = await db.RoleSlugRedirects
            .Where(redirect => redirect.OldSlug == slug && redirect.RoleProfileId != roleId)
            .Join(db.RoleProfiles, redirect => redirect.RoleProfileId, role => role.Id, (_, role) => role.Title)
            .FirstOrDefaultAsync(cancellationToken);
        return forwarded is null ? null : $"“{slug}” was the address of {forwarded} and old links still lead there: choose another slug.";
    }

    /// <summary>Renames the role and keeps its old slug as a redirect, in the caller's unit of work.</summary>
    public static async Task RenameAsync(AppDbContext db, RoleProfile role, string slug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(role);
        if (role.Slug == slug)
        {
            return;
        }

        var revived = await db.RoleSlugRedirects.AsTracking().Where(r => r.RoleProfileId == role.Id && r.OldSlug == slug).ToListAsync(cancellationToken);
        var old = role.Rename(slug);
        db.RoleSlugRedirects.RemoveRange(revived);
        db.RoleSlugRedirects.Add(new RoleSlugRedirect(old, role.Id));
    }
}
