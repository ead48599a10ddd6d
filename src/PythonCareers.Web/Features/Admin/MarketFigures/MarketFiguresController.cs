using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Common;
using PythonCareers.Core.Market;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Admin.MarketFigures;

/// <summary>Open Python positions by country and level: list, add, edit; audited, with the same conflict handling as salary figures.</summary>
[Route("admin/market")]
public sealed class MarketFiguresController(AppDbContext db, MarketFigureEditing editing, AuditTrail audit) : AdminController(db)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await Db.MarketFigures.OrderBy(f => f.CountryCode).ThenBy(f => f.Level).ThenByDescending(f => f.AsOf)
            .Select(f => new MarketFigureRow(f.Id, f.CountryCode, f.Level, f.OpenPositions, f.IsApproximate, f.Source.Key, f.AsOf))
            .ToListAsync(cancellationToken));

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        Editor(await EditModelAsync(null, new MarketFigureForm { Level = "AllLevels" }, cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> Create(MarketFigureForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return Editor(await EditModelAsync(null, form, cancellationToken), StatusCodes.Status400BadRequest);
        }

        var figure = await editing.CreateAsync(form, User.ToAuditActor(), cancellationToken);
        return RedirectToAction(nameof(Edit), new { id = figure.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var figure = await editing.FindAsync(id, cancellationToken);
        return figure is null ? NotFound() : Editor(await EditModelAsync(id, MarketFigureForm.From(figure), cancellationToken));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Save(int id, MarketFigureForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var figure = await editing.FindAsync(id, cancellationToken);
        if (figure is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Editor(await EditModelAsync(id, form, cancellationToken), StatusCodes.Status400BadRequest);
        }

        var result = await editing.SaveAsync(figure, form, User.ToAuditActor(), cancellationToken);
        if (result.Outcome == EditOutcome.Saved)
        {
            return RedirectToAction(nameof(Edit), new { id });
        }

        form.Version = result.StoredVersion;
        return Editor(await EditModelAsync(id, form, cancellationToken) with { Conflict = result.Stored }, StatusCodes.Status409Conflict);
    }

    private async Task<MarketFigureEditViewModel> EditModelAsync(int? id, MarketFigureForm form, CancellationToken cancellationToken) =>
        new(
            id,
            form,
            await Db.DataSources.OrderBy(s => s.Key).Select(s => new Choice(s.Key, s.Key + ": " + s.Title)).ToListAsync(cancellationToken),
            id is { } figureId ? await audit.HistoryAsync(MarketFigureEditing.EntityType, figureId, cancellationToken) : []);
}
