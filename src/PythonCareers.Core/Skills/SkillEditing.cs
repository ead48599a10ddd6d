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
        await db.InsertAsync(skill, () => audit.Record(actor, AuditAction.Created, EntityType, skill.Id, $"Added the skill {skill.Name}", after: skill.Snapshot()), cancellationToken);
        return skill;
    }

    /// <summary>Applies the form; false (and nothing saved) when another editor saved the skill after this form was loaded.</summary>
    public Task<bool> SaveAsync(Skill skill, SkillForm form, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skill);
        ArgumentNullException.ThrowIfNull(form);
        var before = skill.Snapshot();
        skill.Edit(form.Slug!, form.Name!, form.Category!.Value, form.Description!);
        audit.Record(actor, AuditAction.Updated, EntityType, skill.Id, $"Edited the skill {skill.Name}", before, skill.Snapshot());
        return db.SaveIfUnchangedAsync(skill, form.Version, cancellationToken);
    }

    /// <summary>Where the skill is still used (roles that need it, postings that list it), or null when it can go.</summary>
    public async Task<string?> WhereUsedAsync(Skill skill, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skill);
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

    public async Task DeleteAsync(Skill skill, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skill);
        audit.Record(actor, AuditAction.Deleted, EntityType, skill.Id, $"Deleted the skill {skill.Name}", before: skill.Snapshot());
        db.Skills.Remove(skill);
        await db.SaveChangesAsync(cancellationToken);
    }
}
