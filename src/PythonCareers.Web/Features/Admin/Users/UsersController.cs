using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Audit;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Admin.Users;

/// <summary>Admins (only) find users, grant or revoke Editor and Recruiter, and lock or unlock accounts.</summary>
[Area("Admin")]
[Route("admin/users")]
[Authorize(Roles = CareerRoles.Admin)]
public sealed class UsersController(AppDbContext db, UserManager<CareerUser> users, AuditTrail audit, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] UserSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new UsersViewModel(search.Q, []));
        }

        var found = db.Users.AsQueryable();
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var normalized = search.Q.Trim().ToUpperInvariant();
            found = found.Where(u => u.NormalizedEmail!.Contains(normalized));
        }

        var rows = await RowsAsync(found.OrderBy(u => u.NormalizedEmail).Take(200), cancellationToken);
        return View(new UsersViewModel(search.Q, rows));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Details(string id, CancellationToken cancellationToken)
    {
        var row = (await RowsAsync(db.Users.Where(u => u.Id == id), cancellationToken)).SingleOrDefault();
        if (row is null)
        {
            return NotFound();
        }

        var company = await db.Users.Where(u => u.Id == id).Select(u => u.Company!.Name).SingleOrDefaultAsync(cancellationToken);
        return View(new UserViewModel(row, company, IsSelf(id)));
    }

    [HttpPost("{id}/roles")]
    public async Task<IActionResult> ChangeRole(string id, RoleChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var row = (await RowsAsync(db.Users.Where(u => u.Id == id), cancellationToken)).Single();
            return View("Details", new UserViewModel(row, null, IsSelf(id)));
        }

        var has = await users.IsInRoleAsync(user, change.Role!);
        if (has != change.Grant)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = change.Grant ? await users.AddToRoleAsync(user, change.Role!) : await users.RemoveFromRoleAsync(user, change.Role!);
            if (result.Succeeded)
            {
                await users.UpdateSecurityStampAsync(user);
                await RecordAsync(user, change.Grant ? AuditAction.RoleGranted : AuditAction.RoleRevoked, $"{(change.Grant ? "Granted" : "Revoked")} {change.Role} for {user.Email}");
                await transaction.CommitAsync(cancellationToken);
            }
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id}/lock")]
    public async Task<IActionResult> Lock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (IsSelf(id))
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            ViewData["Title"] = "You cannot lock yourself out";
            return View("Message", "Ask another admin if your own account must be locked.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, CareerUser.AdminLockEnd);

        // A new security stamp ends the locked user's current sessions too.
        await users.UpdateSecurityStampAsync(user);
        await RecordAsync(user, AuditAction.Locked, $"Locked {user.Email}");
        await transaction.CommitAsync();
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await RecordAsync(user, AuditAction.Unlocked, $"Unlocked {user.Email}");
        await transaction.CommitAsync();
        return RedirectToAction(nameof(Details), new { id });
    }

    private bool IsSelf(string id) => User.ToAuditActor().UserId == id;

    private async Task RecordAsync(CareerUser user, AuditAction action, string summary)
    {
        audit.Record(User.ToAuditActor(), action, "User", user.Id, summary, after: new { user.Email, Roles = await users.GetRolesAsync(user), user.LockoutEnd });
        await db.SaveChangesAsync();
    }

    private async Task<List<UserRow>> RowsAsync(IQueryable<CareerUser> found, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var list = await found
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.LockoutEnd,
                u.CreatedAt,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. list.Select(u => new UserRow(u.Id, u.Email ?? "", [.. u.Roles.Order(StringComparer.Ordinal)], u.LockoutEnd > now, u.CreatedAt))];
    }
}
