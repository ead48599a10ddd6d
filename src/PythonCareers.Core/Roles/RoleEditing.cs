using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.Roles;

/// <summary>Editors' changes to role profiles; each is stored together with its audit entry.</summary>
public sealed class RoleEditing(AppDbContext db, AuditTrail audit)
{
    private const string EntityType = nameof(RoleProfile);

    /// <summary>The role with everything its editor shows, tracked for a change.</summary>
    public Task<RoleProfile?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.RoleProfiles.AsTracking()
            .Include(r => r.Source)
            .Include(r => r.Responsibilities)
            .Include(r => r.Skills)
            .Include(r => r.Areas)
            .Include(r => r.RelatedRoles)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>Adds a role, unpublished: seekers see it once an editor has read it through and published it.</summary>
    public async Task<RoleProfile> CreateAsync(RoleForm form, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var source = await db.DataSources.AsTracking().SingleAsync(s => s.Id == form.DataSourceId, cancellationToken);
        var role = new RoleProfile(form.Slug!, form.Title!, form.Summary!, form.Description!, form.BackgroundAndEducation!, form.SortOrder ?? 0, source);
        role.SetResponsibilities(form.ResponsibilityLines);
        await AssignAsync(role, form, cancellationToken);

        // is_published has a database default of true, so EF cannot insert false: insert, then unpublish, in one transaction.
        db.RoleProfiles.Add(role);
        await db.SaveWithNewIdsAsync(
            () =>
            {
                role.Unpublish();
                audit.Record(actor, AuditAction.Created, EntityType, role.Id, $"Added the role {role.Title} (unpublished)", after: role.Snapshot());
            },
            cancellationToken);
        return role;
    }

    /// <summary>Applies the form; a conflict (nothing saved) when another editor saved the role after this form was loaded.</summary>
    public async Task<EditResult> SaveAsync(RoleProfile role, RoleForm form, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(form);
        var before = role.Snapshot();
        var source = await db.DataSources.AsTracking().SingleAsync(s => s.Id == form.DataSourceId, cancellationToken);
        role.Describe(form.Title!, form.Summary!, form.Description!, form.BackgroundAndEducation!, form.SortOrder ?? 0, source);
        await RoleSlugs.RenameAsync(db, role, form.Slug!, cancellationToken);
        role.SetResponsibilities(form.ResponsibilityLines);
        await AssignAsync(role, form, cancellationToken);
        var summary = before.Slug == role.Slug ? $"Edited the role {role.Title}" : $"Edited the role {role.Title} and moved it from /roles/{before.Slug} to /roles/{role.Slug}";
        audit.Record(actor, AuditAction.Updated, EntityType, role.Id, summary, before, role.Snapshot());
        return await SaveIfUnchangedAsync(role, form.Version, cancellationToken);
    }

    /// <summary>Publishes or unpublishes the role; a conflict (nothing saved) when another editor saved it at the same moment.</summary>
    public async Task<EditResult> PublishAsync(RoleProfile role, bool publish, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(role);
        var before = role.Snapshot();
        if (publish)
        {
            role.Publish();
        }
        else
        {
            role.Unpublish();
        }

        audit.Record(
            actor,
            publish ? AuditAction.Published : AuditAction.Unpublished,
            EntityType,
            role.Id,
            $"{(publish ? "Published" : "Unpublished")} the role {role.Title}",
            before,
            role.Snapshot());
        return await SaveIfUnchangedAsync(role, role.Version, cancellationToken);
    }

    private async Task<EditResult> SaveIfUnchangedAsync(RoleProfile role, uint loadedVersion, CancellationToken cancellationToken)
    {
        if (await db.SaveIfUnchangedAsync(role, loadedVersion, cancellationToken))
        {
            return EditResult.Saved;
        }

        var current = (await FindAsync(role.Id, cancellationToken))!;
        return EditResult.Conflict(
            current.Version,
            [
                new("Slug", current.Slug),
                new("Title", current.Title),
                new("Summary", current.Summary),
                new("What the role does", current.Description),
                new("Background and education", current.BackgroundAndEducation),
                new("Daily responsibilities", string.Join("\n", current.Responsibilities.OrderBy(r => r.Position).Select(r => r.Text))),
                new("Source", $"{current.Source.Publisher}: {current.Source.Title}"),
                new("Place in lists", current.SortOrder.ToString(CultureInfo.InvariantCulture)),
                new("Skills", string.Join(", ", current.Skills.Select(s => s.Name).Order(StringComparer.OrdinalIgnoreCase))),
                new("Career areas", string.Join(", ", current.Areas.OrderBy(a => a.SortOrder).Select(a => a.Name))),
                new("Related roles", string.Join(", ", current.RelatedRoles.OrderBy(r => r.SortOrder).Select(r => r.Title))),
            ]);
    }

    private async Task AssignAsync(RoleProfile role, RoleForm form, CancellationToken cancellationToken)
    {
        var skills = await db.Skills.AsTracking().Where(s => form.SkillIds.Contains(s.Id)).ToListAsync(cancellationToken);
        var areas = await db.CareerAreas.AsTracking().Where(a => form.AreaIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var related = await db.RoleProfiles.AsTracking().Where(r => form.RelatedRoleIds.Contains(r.Id)).ToListAsync(cancellationToken);
        role.Assign(skills, areas, related);
    }
}
