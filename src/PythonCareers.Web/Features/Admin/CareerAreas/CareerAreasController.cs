using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.CareerAreas;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Admin.CareerAreas;

/// <summary>The fields Python is used in, which the home page lists and roles belong to; one still in use cannot be deleted.</summary>
[Route("admin/areas")]
public sealed class CareerAreasController(AppDbContext db, CareerAreaEditing editing, IValidator<CareerAreaForm> validator) : ContentEditorController(db)
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
        form.AreaId = 0;
        if (!await IsValidAsync(validator, form, cancellationToken))
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

        form.AreaId = id;
        if (!await IsValidAsync(validator, form, cancellationToken))
        {
            return Editor(await EditorAsync(form, cancellationToken), StatusCodes.Status400BadRequest);
        }

        if (await editing.SaveAsync(area, form, User.ToAuditActor(), cancellationToken))
        {
            return RedirectToAction(nameof(Index));
        }

        var current = (await editing.FindAsync(id, cancellationToken))!;
        form.Version = current.Version;
        return Editor(await EditorAsync(form, cancellationToken) with
        {
            SavedMeanwhile =
            [
                new("Slug", current.Slug),
                new("Name", current.Name),
                new("What Python is used for", current.PythonUse),
                new("Place in lists", current.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Source", $"{current.Source.Publisher}: {current.Source.Title}"),
            ],
        }, StatusCodes.Status409Conflict);
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var area = await editing.FindAsync(id, cancellationToken);
        if (area is null)
        {
            return NotFound();
        }

        if (await editing.WhereUsedAsync(area, cancellationToken) is { } refusal)
        {
            return Editor(await EditorAsync(CareerAreaForm.From(area), cancellationToken) with { Refusal = refusal }, StatusCodes.Status409Conflict);
        }

        await editing.DeleteAsync(area, User.ToAuditActor(), cancellationToken);
        return RedirectToAction(nameof(Index));
    }

    private async Task<CareerAreaEditorViewModel> EditorAsync(CareerAreaForm form, CancellationToken cancellationToken) =>
        new(form, await SourcesAsync(cancellationToken));
}
