using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Salaries.Editing;
using PythonCareers.Web.Features.Admin.Audit;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Admin.SalaryFigures;

/// <summary>Salary figures: list, add, edit with history, retire. Every write is audited; a stale form gets a 409 with the current values.</summary>
[Area("Admin")]
[Route("admin/salaries")]
[Authorize(Roles = CareerRoles.EditorOrAdmin)]
public sealed class SalaryFiguresController(AppDbContext db, SalaryFigureEditor editor, IValidator<SalaryFigureInput> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(SalaryFigureFilter filter, [FromServices] IValidator<SalaryFigureFilter> filterValidator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        (await filterValidator.ValidateAsync(filter, cancellationToken)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            filter = new SalaryFigureFilter();
        }

        var figures = await filter.Apply(db.SalaryFigures)
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
        View("Edit", await EditModelAsync(null, new SalaryFigureForm { Kind = "Employed", Level = "AllLevels", Period = "Year" }, cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> Create(SalaryFigureForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await IsValidAsync(form, null, cancellationToken))
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
            : View(await EditModelAsync(id, SalaryFigureForm.From(SalaryFigureRecord.Of(figure), figure.Version), cancellationToken, figure.RetiredAt));
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

        if (!await IsValidAsync(form, id, cancellationToken))
        {
            return await InvalidAsync(id, form, cancellationToken, figure.RetiredAt);
        }

        try
        {
            await editor.ReviseAsync(figure, form.Version, form.ToRecord(), User.ToAuditActor(), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, form, cancellationToken);
        }

        return RedirectToAction(nameof(Edit), new { id });
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

        try
        {
            await editor.RetireAsync(figure, version.Value, User.ToAuditActor(), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, SalaryFigureForm.From(SalaryFigureRecord.Of(figure), version.Value), cancellationToken);
        }

        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task<bool> IsValidAsync(SalaryFigureForm form, int? id, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(form, cancellationToken);
        result.AddTo(ModelState);
        if (result.IsValid && await editor.FindSameKeyAsync(form.ToRecord().Key, id, cancellationToken) is { } other)
        {
            ModelState.AddModelError(nameof(form.AsOf), $"Figure #{other} already has this role, country, kind, level, period, source and as-of date: change that one, or give this one another date.");
        }

        return ModelState.IsValid;
    }

    private async Task<IActionResult> InvalidAsync(int? id, SalaryFigureForm form, CancellationToken cancellationToken, DateTime? retiredAt = null)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", await EditModelAsync(id, form, cancellationToken, retiredAt));
    }

    /// <summary>Someone saved first: show their values beside the editor's own, which stay in the form, now at the current version.</summary>
    private async Task<IActionResult> ConflictAsync(int id, SalaryFigureForm form, CancellationToken cancellationToken)
    {
        var current = await db.SalaryFigures.AsNoTracking().Include(f => f.Role).Include(f => f.Source).SingleAsync(f => f.Id == id, cancellationToken);
        form.Version = current.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Edit", await EditModelAsync(id, form, cancellationToken, current.RetiredAt, SalaryFigureRecord.Of(current)));
    }

    private async Task<SalaryFigureEditViewModel> EditModelAsync(int? id, SalaryFigureForm form, CancellationToken cancellationToken, DateTime? retiredAt = null, SalaryFigureRecord? conflict = null) =>
        new(
            id,
            form,
            await RoleChoicesAsync(cancellationToken),
            await db.DataSources.OrderBy(s => s.Key).Select(s => new Choice(s.Key, s.Key + ": " + s.Title)).ToListAsync(cancellationToken),
            id is { } figureId ? await AuditVersion.HistoryAsync(db, SalaryFigureEditor.EntityType, figureId, cancellationToken) : [],
            retiredAt,
            conflict);

    private async Task<IReadOnlyList<Choice>> RoleChoicesAsync(CancellationToken cancellationToken) =>
        await db.RoleProfiles.OrderBy(r => r.SortOrder).Select(r => new Choice(r.Slug, r.Title)).ToListAsync(cancellationToken);
}
