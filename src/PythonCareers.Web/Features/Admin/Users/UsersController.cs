using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Common;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Admin.Users;

/// <summary>
/// Admins (only) find users, grant or revoke Editor and Recruiter, and lock or unlock accounts. Its [Authorize] adds to
/// the admin area's: both must hold, so editors are refused here.
/// </summary>
[Route("admin/users")]
[Authorize(Roles = CareerRoles.Admin)]
public sealed class UsersController(AppDbContext db, UserManager<CareerUser> users, UserAdministration administration, TimeProvider clock) : AdminController(db)
{
    /// <summary>The most users one search lists.</summary>
    private const int ShownUsers = 200;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] UserSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new UsersViewModel(search.Q, []));
        }

        var found = Db.Users.AsQueryable();
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var normalized = search.Q.Trim().ToUpperInvariant();
            found = found.Where(u => u.NormalizedEmail!.Contains(normalized));
        }

        var rows = await RowsAsync(found.OrderBy(u => u.NormalizedEmail).Take(ShownUsers), cancellationToken);
        return View(new UsersViewModel(search.Q, rows));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Details(string id, CancellationToken cancellationToken)
    {
        var row = (await RowsAsync(Db.Users.Where(u => u.Id == id), cancellationToken)).SingleOrDefault();
        if (row is null)
        {
            return NotFound();
        }

        var company = await Db.Users.Where(u => u.Id == id).Select(u => u.Company!.Name).SingleOrDefaultAsync(cancellationToken);
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
            var row = (await RowsAsync(Db.Users.Where(u => u.Id == id), cancellationToken)).Single();
            return View("Details", new UserViewModel(row, null, IsSelf(id)));
        }

        var result = await administration.ChangeRoleAsync(user, change.Role!, change.Grant, User.ToAuditActor(), cancellationToken);
        return result.Outcome == EditOutcome.Saved ? RedirectToAction(nameof(Details), new { id }) : Refusal("The role was not changed", result.Reason!);
    }

    [HttpPost("{id}/lock")]
    public async Task<IActionResult> Lock(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var result = await administration.LockAsync(user, User.ToAuditActor(), cancellationToken);
        return result.Outcome == EditOutcome.Saved ? RedirectToAction(nameof(Details), new { id }) : Refusal("You cannot lock yourself out", result.Reason!);
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await administration.UnlockAsync(user, User.ToAuditActor(), cancellationToken);
        return RedirectToAction(nameof(Details), new { id });
    }

    private bool IsSelf(string id) => User.ToAuditActor().UserId == id;

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
                Roles = Db.UserRoles.Where(ur => ur.UserId == u.Id).Join(Db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. list.Select(u => new UserRow(u.Id, u.Email ?? "", [.. u.Roles.Order(StringComparer.Ordinal)], u.LockoutEnd > now, u.CreatedAt))];
    }
}
