using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Accounts;

namespace PythonCareers.Web.Features.Admin;

/// <summary>
/// What every editors' section of the admin area shares: the area, who may use it (editors and admins), the editor
/// page (Edit) with its status codes, and the page that says why an action was refused. A section for admins only adds
/// its own [Authorize]: every one must hold.
/// </summary>
[Area("Admin")]
[Authorize(Roles = CareerRoles.EditorOrAdmin)]
public abstract class AdminController(AppDbContext db) : Controller
{
    protected AppDbContext Db { get; } = db;

    /// <summary>The section's editor view (Edit), answering <paramref name="status"/>: 400 for bad input, 409 for a conflict or a refusal.</summary>
    protected ViewResult Editor(object model, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        return View("Edit", model);
    }

    /// <summary>The message page, as a 409: the action was refused, or lost to another editor's, and nothing was stored.</summary>
    protected ViewResult Refusal(string title, string reason)
    {
        Response.StatusCode = StatusCodes.Status409Conflict;
        ViewData["Title"] = title;
        return View("Message", reason);
    }

    protected Task<List<Choice>> SourcesAsync(CancellationToken cancellationToken) =>
        Db.DataSources.OrderBy(s => s.Publisher).ThenBy(s => s.Title).Select(s => Choice.For(s.Id, s.Publisher + ": " + s.Title)).ToListAsync(cancellationToken);

    /// <summary>The source a new role or area starts with: the oldest one.</summary>
    protected Task<int?> FirstSourceIdAsync(CancellationToken cancellationToken) =>
        Db.DataSources.OrderBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
}
