using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Common;
using PythonCareers.Core.Salaries.Editing;
using PythonCareers.Core.Audit;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Admin.SalaryFigures;

/// <summary>Salary figures: list, add, edit with history, retire. Every write is audited; a stale form gets a 409 with the current values.</summary>
[Route("admin/salaries")]
public sealed class SalaryFiguresController(AppDbContext db, SalaryFigureEditor editor, AuditTrail audit) : AdminController(db)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(SalaryFigureFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            filter = new SalaryFigureFilter();
        }

        var figures = await Db.SalaryFigures.Selected(filter.Role, filter.Country, filter.KindValue)
            .OrderBy(f => f.Role.SortOrder).ThenBy(f => f.Kind).ThenBy(f => f.CountryCode).ThenBy(f => f.Level).ThenBy(f => f.Period).ThenByDescending(f => f.AsOf)
            .Select(f => new SalaryFigureRow(
                f.Id,
                new SalaryFigureRecord(f.Role.Slug, f.CountryCode, f.Currency, f.Kind, f.Level, f.Period, f.Minimum, f.Average, f.Maximum, f.Source.Key, f.AsOf, f.Derivation, f.RetiredAt),
                f.Role.Title))
            .ToListAsync(cancellationToken);
        return View(new SalaryFigureListViewModel(filter, figures, await RoleChoicesAsync(cancellationToken)));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        Editor(await EditModelAsync(null, new SalaryFigureForm { Kind = "Employed", Level = "AllLevels", Period = "Year" }, cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> Create(SalaryFigureForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(null, form, cancellationToken);
        }

        var figure = await editor.CreateAsync(form.ToRecord(), User.ToAuditActor(), cancellationToken);
        return RedirectToAction(nameof(Edit), new { id = figure.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var figure = await editor.FindAsync(id, cancellationToken);
        return figure is null
            ? NotFound()
            : Editor(await EditModelAsync(id, SalaryFigureForm.From(SalaryFigureRecord.Of(figure), figure.Version), cancellationToken, figure.RetiredAt));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Save(int id, SalaryFigureForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var figure = await editor.FindAsync(id, cancellationToken);
        if (figure is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await InvalidAsync(id, form, cancellationToken, figure.RetiredAt);
        }

        var result = await editor.ReviseAsync(figure, form.Version, form.ToRecord(), User.ToAuditActor(), cancellationToken);
        return result.Outcome == EditOutcome.Saved ? RedirectToAction(nameof(Edit), new { id }) : await ConflictAsync(id, form, result, cancellationToken);
    }

    [HttpPost("{id:int}/retire")]
    public async Task<IActionResult> Retire(int id, [FromForm] uint? version, CancellationToken cancellationToken)
    {
        var figure = await editor.FindAsync(id, cancellationToken);
        if (figure is null)
        {
            return NotFound();
        }

        if (version is null)
        {
            return BadRequest();
        }

        var form = SalaryFigureForm.From(SalaryFigureRecord.Of(figure), version.Value);
        var result = await editor.RetireAsync(figure, version.Value, User.ToAuditActor(), cancellationToken);
        return result.Outcome == EditOutcome.Saved ? RedirectToAction(nameof(Edit), new { id }) : await ConflictAsync(id, form, result, cancellationToken);
    }

    private async Task<IActionResult> InvalidAsync(int? id, SalaryFigureForm form, CancellationToken cancellationToken, DateTime? retiredAt = null) =>
        Editor(await EditModelAsync(id, form, cancellationToken, retiredAt), StatusCodes.Status400BadRequest);

    /// <summary>Someone saved first: show their values beside the editor's own, which stay in the form, now at the current version.</summary>
    private async Task<IActionResult> ConflictAsync(int id, SalaryFigureForm form, EditResult result, CancellationToken cancellationToken)
    {
        form.Version = result.StoredVersion;
        var retiredAt = await Db.SalaryFigures.Where(f => f.Id == id).Select(f => f.RetiredAt).SingleAsync(cancellationToken);
        return Editor(await EditModelAsync(id, form, cancellationToken, retiredAt, result.Stored), StatusCodes.Status409Conflict);
    }

    private async Task<SalaryFigureEditViewModel> EditModelAsync(
        int? id, SalaryFigureForm form, CancellationToken cancellationToken, DateTime? retiredAt = null, IReadOnlyList<StoredValue>? conflict = null) =>
        new(
            id,
            form,
            await RoleChoicesAsync(cancellationToken),
            await Db.DataSources.OrderBy(s => s.Key).Select(s => new Choice(s.Key, s.Key + ": " + s.Title)).ToListAsync(cancellationToken),
            id is { } figureId ? await audit.HistoryAsync(SalaryFigureEditor.EntityType, figureId, cancellationToken) : [],
            retiredAt,
            conflict);

    private async Task<IReadOnlyList<Choice>> RoleChoicesAsync(CancellationToken cancellationToken) =>
        await Db.RoleProfiles.OrderBy(r => r.SortOrder).Select(r => new Choice(r.Slug, r.Title)).ToListAsync(cancellationToken);
}
