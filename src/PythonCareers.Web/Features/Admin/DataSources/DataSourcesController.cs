using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Common;
using PythonCareers.Core.Sources;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Admin.DataSources;

/// <summary>The sources figures cite. A source still cited cannot be deleted; the refusal says what cites it.</summary>
[Route("admin/sources")]
public sealed class DataSourcesController(AppDbContext db, DataSourceEditing editing, AuditTrail audit) : AdminController(db)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await Db.DataSources.OrderBy(s => s.Key)
            .Select(s => new DataSourceRow(
                s.Id, s.Key, s.Publisher, s.Title, s.AsOf, s.AsOfPrecision,
                Db.SalaryFigures.Count(f => f.DataSourceId == s.Id),
                Db.MarketFigures.Count(f => f.DataSourceId == s.Id),
                Db.RoleProfiles.Count(r => r.DataSourceId == s.Id) + Db.CareerAreas.Count(a => a.DataSourceId == s.Id)
                    + Db.CareerFacts.Count(f => f.DataSourceId == s.Id)))
            .ToListAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult New() => Editor(new DataSourceEditViewModel(null, new DataSourceForm { AsOfPrecision = nameof(DatePrecision.Day) }, []));

    [HttpPost("new")]
    public async Task<IActionResult> Create(DataSourceForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return Editor(new DataSourceEditViewModel(null, form, []), StatusCodes.Status400BadRequest);
        }

        var source = await editing.CreateAsync(form, User.ToAuditActor(), cancellationToken);
        return RedirectToAction(nameof(Edit), new { id = source.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var source = await editing.FindAsync(id, cancellationToken);
        return source is null ? NotFound() : Editor(await EditModelAsync(id, DataSourceForm.From(source), cancellationToken));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Save(int id, DataSourceForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var source = await editing.FindAsync(id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        form.Key = source.Key;
        if (!ModelState.IsValid)
        {
            return Editor(await EditModelAsync(id, form, cancellationToken), StatusCodes.Status400BadRequest);
        }

        var result = await editing.SaveAsync(source, form, User.ToAuditActor(), cancellationToken);
        return result.Outcome == EditOutcome.Saved ? RedirectToAction(nameof(Edit), new { id }) : await UnsavedAsync(id, form, result, cancellationToken);
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, [FromForm] uint? version, CancellationToken cancellationToken)
    {
        var source = await editing.FindAsync(id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        if (version is null)
        {
            return BadRequest();
        }

        var form = DataSourceForm.From(source);
        var result = await editing.DeleteAsync(source, version.Value, User.ToAuditActor(), cancellationToken);
        return result.Outcome switch
        {
            EditOutcome.Saved => RedirectToAction(nameof(Index)),
            EditOutcome.Refused => Refusal("This source is still cited", result.Reason!),
            _ => await UnsavedAsync(id, form, result, cancellationToken),
        };
    }

    /// <summary>Someone saved first: their values beside the editor's own, which stay in the form, now at the stored version; or why nothing was saved.</summary>
    private async Task<IActionResult> UnsavedAsync(int id, DataSourceForm form, EditResult result, CancellationToken cancellationToken)
    {
        if (result.Outcome == EditOutcome.Refused)
        {
            return Refusal("Nothing was saved", result.Reason!);
        }

        form.Version = result.StoredVersion;
        return Editor(await EditModelAsync(id, form, cancellationToken) with { Conflict = result.Stored }, StatusCodes.Status409Conflict);
    }

    private async Task<DataSourceEditViewModel> EditModelAsync(int id, DataSourceForm form, CancellationToken cancellationToken) =>
        new(id, form, await audit.HistoryAsync(DataSourceEditing.EntityType, id, cancellationToken));
}
