using Microsoft.AspNetCore.Identity;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.Accounts;

/// <summary>
/// An admin's changes to accounts: granting and revoking roles, locking and unlocking. Each change and its audit entry
/// are stored in one transaction; a new security stamp ends the user's current sessions where the change must.
/// </summary>
public sealed class UserAdministration(AppDbContext db, UserManager<CareerUser> users, AuditTrail audit)
{
    private const string EntityType = "User";

    /// <summary>Grants or revokes <paramref name="role"/>; a user who already stands so is left as they are.</summary>
    public async Task<EditResult> ChangeRoleAsync(CareerUser user, string role, bool grant, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await users.IsInRoleAsync(user, role) == grant)
        {
            return EditResult.Saved;
        }

        var refusal = default(string);
        await db.InOneTransactionAsync(
            async () =>
            {
                var changed = grant ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
                if (!changed.Succeeded)
                {
                    refusal = string.Join(" ", changed.Errors.Select(e => e.Description));
                    return false;
                }

                await users.UpdateSecurityStampAsync(user);
                await RecordAsync(user, grant ? AuditAction.RoleGranted : AuditAction.RoleRevoked, $"{(grant ? "Granted" : "Revoked")} {role} for {user.Email}", actor);
                return true;
            },
            cancellationToken);
        return refusal is null ? EditResult.Saved : EditResult.Refused(refusal);
    }

    /// <summary>Locks the account until an admin unlocks it and ends its sessions; an admin cannot lock their own.</summary>
    public async Task<EditResult> LockAsync(CareerUser user, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(actor);
        if (user.Id == actor.UserId)
        {
            return EditResult.Refused("Ask another admin if your own account must be locked.");
        }

        await db.InOneTransactionAsync(
            async () =>
            {
                await users.SetLockoutEnabledAsync(user, true);
                await users.SetLockoutEndDateAsync(user, CareerUser.AdminLockEnd);

                // A new security stamp ends the locked user's current sessions too.
                await users.UpdateSecurityStampAsync(user);
                await RecordAsync(user, AuditAction.Locked, $"Locked {user.Email}", actor);
                return true;
            },
            cancellationToken);
        return EditResult.Saved;
    }

    public async Task<EditResult> UnlockAsync(CareerUser user, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await db.InOneTransactionAsync(
            async () =>
            {
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
                await RecordAsync(user, AuditAction.Unlocked, $"Unlocked {user.Email}", actor);
                return true;
            },
            cancellationToken);
        return EditResult.Saved;
    }

    private async Task RecordAsync(CareerUser user, AuditAction action, string summary, AuditActor actor) =>
        audit.Record(actor, action, EntityType, user.Id, summary, after: new { user.Email, Roles = await users.GetRolesAsync(user), user.LockoutEnd });
}
