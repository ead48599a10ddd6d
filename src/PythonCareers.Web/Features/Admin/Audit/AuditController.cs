using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Common;

namespace PythonCareers.Web.Features.Admin.Audit;

/// <summary>The audit log: read-only, searchable, newest first.</summary>
[Route("admin/audit")]
public sealed class AuditController(AppDbContext db) : AdminController(db)
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var entityTypes = await Db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new AuditLogViewModel(query, [], false, entityTypes));
        }

        var entries = Db.AuditEntries.AsQueryable();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = LikePattern.Containing(query.Q);
            entries = entries.Where(a => EF.Functions.ILike(a.Summary, pattern) || EF.Functions.ILike(a.UserName, pattern) || a.EntityId == query.Q.Trim());
        }

        if (!string.IsNullOrEmpty(query.Entity))
        {
            entries = entries.Where(a => a.EntityType == query.Entity);
        }

        if (query.ActionValue is { } action)
        {
            entries = entries.Where(a => a.Action == action);
        }

        var rows = await entries
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((query.Page - 1) * AuditQuery.PageSize)
            .Take(AuditQuery.PageSize + 1)
            .Select(AuditRow.FromEntry)
            .ToListAsync(cancellationToken);
        return View(new AuditLogViewModel(query, [.. rows.Take(AuditQuery.PageSize)], rows.Count > AuditQuery.PageSize, entityTypes));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var entry = await Db.AuditEntries.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return entry is null ? NotFound() : View(entry);
    }
}
