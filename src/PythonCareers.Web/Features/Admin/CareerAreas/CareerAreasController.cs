using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.CareerAreas;
using PythonCareers.Core.Common;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Admin.CareerAreas;

/// <summary>The fields Python is used in, which the home page lists and roles belong to; one still in use cannot be deleted.</summary>
[Route("admin/areas")]
public sealed class CareerAreasController(AppDbContext db, CareerAreaEditing editing) : AdminController(db)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await Db.CareerAreas.OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new CareerAreaRow(a.Id, a.Slug, a.Name, a.Roles.Count))
            .ToListAsync(cancellationToken));

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
    {
        var form = new CareerAreaForm
        {
            DataSourceId = await FirstSourceIdAsync(cancellationToken),
            SortOrder = (await Db.CareerAreas.MaxAsync(a => (int?)a.SortOrder, cancellationToken) ?? 0) + 1,
        };
        return Editor(await EditorAsync(form, cancellationToken));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(CareerAreaForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return Editor(await EditorAsync(form, cancellationToken), StatusCodes.Status400BadRequest);
        }

        await editing.CreateAsync(form, User.ToAuditActor(), cancellationToken);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var area = await editing.FindAsync(id, cancellationToken);
        return area is null ? NotFound() : Editor(await EditorAsync(CareerAreaForm.From(area), cancellationToken));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Save(int id, CareerAreaForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var area = await editing.FindAsync(id, cancellationToken);
        if (area is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Editor(await EditorAsync(form, cancellationToken), StatusCodes.Status400BadRequest);
        }

        var result = await editing.SaveAsync(area, form, User.ToAuditActor(), cancellationToken);
        if (result.Outcome == EditOutcome.Saved)
        {
            return RedirectToAction(nameof(Index));
        }

        form.Version = result.StoredVersion;
        return Editor(await EditorAsync(form, cancellationToken) with { Conflict = result.Stored }, StatusCodes.Status409Conflict);
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var area = await editing.FindAsync(id, cancellationToken);
        if (area is null)
        {
            return NotFound();
        }

        var form = CareerAreaForm.From(area);
        var result = await editing.DeleteAsync(area, User.ToAuditActor(), cancellationToken);
        return result.Outcome == EditOutcome.Saved
            ? RedirectToAction(nameof(Index))
            : Editor(await EditorAsync(form, cancellationToken) with { Refusal = result.Reason }, StatusCodes.Status409Conflict);
    }

    private async Task<CareerAreaEditorViewModel> EditorAsync(CareerAreaForm form, CancellationToken cancellationToken) =>
        new(form, await SourcesAsync(cancellationToken));
}
