using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Accounts;

namespace PythonCareers.Web.Features.Admin;

/// <summary>What the editors of roles, skills and career areas share: one editor view per kind, its status codes, and its lists.</summary>
[Area("Admin")]
[Authorize(Roles = CareerRoles.EditorOrAdmin)]
public abstract class ContentEditorController(AppDbContext db) : Controller
{
    protected AppDbContext Db { get; } = db;

    /// <summary>The kind's editor view (Edit), answering <paramref name="status"/>: 400 for bad input, 409 for a conflict or a refusal.</summary>
    protected ViewResult Editor(object model, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        return View("Edit", model);
    }

    protected Task<List<Choice>> SourcesAsync(CancellationToken cancellationToken) =>
        Db.DataSources.OrderBy(s => s.Publisher).ThenBy(s => s.Title).Select(s => Choice.For(s.Id, s.Publisher + ": " + s.Title)).ToListAsync(cancellationToken);

    /// <summary>The source a new role or area starts with: the oldest one.</summary>
    protected Task<int?> FirstSourceIdAsync(CancellationToken cancellationToken) =>
        Db.DataSources.OrderBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
}
