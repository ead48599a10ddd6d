using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Market;
using PythonCareers.Web.Features.Admin.Audit;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Admin.MarketFigures;

/// <summary>Open Python positions by country and level: list, add, edit; audited, with the same conflict handling as salary figures.</summary>
[Area("Admin")]
[Route("admin/market")]
[Authorize(Roles = CareerRoles.EditorOrAdmin)]
public sealed class MarketFiguresController(AppDbContext db, AuditTrail audit, IValidator<MarketFigureForm> validator) : Controller
{
    private const string EntityType = nameof(MarketFigure);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.MarketFigures.OrderBy(f => f.CountryCode).ThenBy(f => f.Level).ThenByDescending(f => f.AsOf)
            .Select(f => new MarketFigureRow(f.Id, f.CountryCode, f.Level, f.OpenPositions, f.IsApproximate, f.Source.Key, f.AsOf))
            .ToListAsync(cancellationToken));

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("Edit", await EditModelAsync(null, new MarketFigureForm { Level = "AllLevels" }, cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> Create(MarketFigureForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await IsValidAsync(form, null, cancellationToken))
        {
            return await InvalidAsync(null, form, cancellationToken);
        }

        var source = await db.DataSources.AsTracking().SingleAsync(s => s.Key == form.Source, cancellationToken);
        var figure = db.MarketFigures.Add(new MarketFigure(form.Country!.Trim(), form.LevelValue, form.Count, form.IsApproximate, source)).Entity;
        await db.SaveWithNewIdsAsync(() => audit.Record(User.ToAuditActor(), AuditAction.Created, EntityType, figure.Id, $"Added market figure {figure.CountryCode} {figure.Level}", null, Snapshot(figure)), cancellationToken);
        return RedirectToAction(nameof(Edit), new { id = figure.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var figure = await db.MarketFigures.Include(f => f.Source).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        return figure is null ? NotFound() : View(await EditModelAsync(id, FormOf(figure), cancellationToken));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Save(int id, MarketFigureForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var figure = await db.MarketFigures.AsTracking().Include(f => f.Source).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (figure is null)
        {
            return NotFound();
        }

        if (!await IsValidAsync(form, id, cancellationToken))
        {
            return await InvalidAsync(id, form, cancellationToken);
        }

        db.Entry(figure).Property(f => f.Version).OriginalValue = form.Version;
        var before = Snapshot(figure);
        var source = await db.DataSources.AsTracking().SingleAsync(s => s.Key == form.Source, cancellationToken);
        figure.Revise(form.Country!.Trim(), form.LevelValue, form.Count, form.IsApproximate, source);
        audit.Record(User.ToAuditActor(), AuditAction.Updated, EntityType, figure.Id, $"Changed market figure {figure.CountryCode} {figure.Level}", before, Snapshot(figure));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.MarketFigures.AsNoTracking().Include(f => f.Source).SingleAsync(f => f.Id == id, cancellationToken);
            form.Version = current.Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
            var now = $"Someone else saved this figure while you were editing it; nothing of yours was saved. Stored now: {current.CountryCode}, {current.Level}, {current.OpenPositions} open positions{(current.IsApproximate ? " (approximate)" : "")}, source {current.Source.Key}. Your values are in the form; save again to replace the stored ones.";
            return View("Edit", await EditModelAsync(id, form, cancellationToken, now));
        }

        return RedirectToAction(nameof(Edit), new { id });
    }

    private static object Snapshot(MarketFigure f) => new { Country = f.CountryCode, f.Level, f.OpenPositions, f.IsApproximate, Source = f.Source.Key, f.AsOf };

    private static MarketFigureForm FormOf(MarketFigure f) => new()
    {
        Country = f.CountryCode,
        Level = f.Level.ToString(),
        OpenPositions = f.OpenPositions.ToString(System.Globalization.CultureInfo.InvariantCulture),
        IsApproximate = f.IsApproximate,
        Source = f.Source.Key,
        Version = f.Version,
    };

    private async Task<bool> IsValidAsync(MarketFigureForm form, int? id, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        if (ModelState.IsValid)
        {
            var country = form.Country!.Trim();
            var level = form.LevelValue;
            var source = await db.DataSources.SingleAsync(s => s.Key == form.Source, cancellationToken);
            if (await db.MarketFigures.AnyAsync(f => f.Id != id && f.CountryCode == country && f.Level == level && f.DataSourceId == source.Id && f.AsOf == source.AsOf, cancellationToken))
            {
                ModelState.AddModelError(nameof(form.Source), "This source already has a figure for this country and level: change that one.");
            }
        }

        return ModelState.IsValid;
    }

    private async Task<IActionResult> InvalidAsync(int? id, MarketFigureForm form, CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", await EditModelAsync(id, form, cancellationToken));
    }

    private async Task<MarketFigureEditViewModel> EditModelAsync(int? id, MarketFigureForm form, CancellationToken cancellationToken, string? conflict = null) =>
        new(
            id,
            form,
            await db.DataSources.OrderBy(s => s.Key).Select(s => new Choice(s.Key, s.Key + ": " + s.Title)).ToListAsync(cancellationToken),
            id is { } figureId ? await AuditVersion.HistoryAsync(db, EntityType, figureId, cancellationToken) : [],
            conflict);
}
