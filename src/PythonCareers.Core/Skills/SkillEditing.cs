using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.Skills;

/// <summary>Editors' changes to skills; each is stored together with its audit entry.</summary>
public sealed class SkillEditing(AppDbContext db, AuditTrail audit)
{
    private const string EntityType = nameof(Skill);

    public Task<Skill?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Skills.AsTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<Skill> CreateAsync(SkillForm form, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var skill = new Skill(form.Slug!, form.Name!, form.Category!.Value, form.Description!);
        db.Skills.Add(skill);
        await db.SaveWithNewIdsAsync(() => audit.Record(actor, AuditAction.Created, EntityType, skill.Id, $"Added the skill {skill.Name}", after: skill.Snapshot()), cancellationToken);
        return skill;
    }

    /// <summary>Applies the form; a conflict (nothing saved) when another editor saved the skill after this form was loaded.</summary>
    public async Task<EditResult> SaveAsync(Skill skill, SkillForm form, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skill);
        ArgumentNullException.ThrowIfNull(form);
        var before = skill.Snapshot();
        skill.Edit(form.Slug!, form.Name!, form.Category!.Value, form.Description!);
        audit.Record(actor, AuditAction.Updated, EntityType, skill.Id, $"Edited the skill {skill.Name}", before, skill.Snapshot());
        if (await db.SaveIfUnchangedAsync(skill, form.Version, cancellationToken))
        {
            return EditResult.Saved;
        }

        var current = await db.Skills.SingleAsync(s => s.Id == skill.Id, cancellationToken);
        return EditResult.Conflict(
            current.Version,
            [new("Slug", current.Slug), new("Name", current.Name), new("Group", current.Category.DisplayName()), new("Description", current.Description)]);
    }

    /// <summary>Deletes the skill; refused while roles need it or postings list it.</summary>
    public async Task<EditResult> DeleteAsync(Skill skill, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skill);
        if (await WhereUsedAsync(skill, cancellationToken) is { } refusal)
        {
            return EditResult.Refused(refusal);
        }

        audit.Record(actor, AuditAction.Deleted, EntityType, skill.Id, $"Deleted the skill {skill.Name}", before: skill.Snapshot());
        db.Skills.Remove(skill);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult.Saved;
    }

    private async Task<string?> WhereUsedAsync(Skill skill, CancellationToken cancellationToken)
    {
        var roles = await db.RoleProfiles.Where(r => r.Skills.Any(s => s.Id == skill.Id)).OrderBy(r => r.SortOrder).Select(r => r.Title).ToListAsync(cancellationToken);
        var postings = await db.JobPostings.CountAsync(p => p.SkillIds.Contains(skill.Id), cancellationToken);
        var places = new List<string>();
        if (roles.Count > 0)
        {
            places.Add($"the role{(roles.Count == 1 ? "" : "s")} {ContentRules.Sentence(roles)}");
        }

        if (postings > 0)
        {
            places.Add(postings == 1 ? "1 job posting" : $"{postings} job postings");
        }

        return places.Count == 0 ? null : $"{skill.Name} cannot be deleted: it is still used by {string.Join(" and ", places)}. Remove it there first.";
    }
}
