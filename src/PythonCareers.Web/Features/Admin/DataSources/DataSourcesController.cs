using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Sources;
using PythonCareers.Web.Features.Admin.Audit;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Admin.DataSources;

/// <summary>The sources figures cite. A source still cited cannot be deleted; the refusal says what cites it.</summary>
[Area("Admin")]
[Route("admin/sources")]
[Authorize(Roles = CareerRoles.EditorOrAdmin)]
public sealed class DataSourcesController(AppDbContext db, AuditTrail audit, TimeProvider clock, IValidator<DataSourceForm> validator) : Controller
{
    private const string EntityType = nameof(DataSource);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.DataSources.OrderBy(s => s.Key)
            .Select(s => new DataSourceRow(
                s.Id, s.Key, s.Publisher, s.Title, s.AsOf, s.AsOfPrecision,
                db.SalaryFigures.Count(f => f.DataSourceId == s.Id),
                db.MarketFigures.Count(f => f.DataSourceId == s.Id),
                db.RoleProfiles.Count(r => r.DataSourceId == s.Id) + db.CareerAreas.Count(a => a.DataSourceId == s.Id)
                    + db.CareerFacts.Count(f => f.DataSourceId == s.Id)))
            .ToListAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult New() => View("Edit", new DataSourceEditViewModel(null, new DataSourceForm { AsOfPrecision = nameof(DatePrecision.Day) }, []));

    [HttpPost("new")]
    public async Task<IActionResult> Create(DataSourceForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        if (ModelState.IsValid && await db.DataSources.AnyAsync(s => s.Key == form.Key, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Key), $"There is already a source '{form.Key}'.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", new DataSourceEditViewModel(null, form, []));
        }

        var (asOf, precision) = form.Date();
        var source = db.DataSources.Add(new DataSource(form.Key!, form.Publisher!, form.Title!, form.Address(), asOf, precision, Today)).Entity;
        await db.SaveWithNewIdsAsync(() => audit.Record(User.ToAuditActor(), AuditAction.Created, EntityType, source.Id, $"Added source {source.Key}", null, Snapshot(source)), cancellationToken);
        return RedirectToAction(nameof(Edit), new { id = source.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var source = await db.DataSources.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return source is null ? NotFound() : View(await EditModelAsync(source, FormOf(source), cancellationToken));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Save(int id, DataSourceForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var source = await db.DataSources.AsTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        form.Key = source.Key;
        (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", await EditModelAsync(source, form, cancellationToken));
        }

        db.Entry(source).Property(s => s.Version).OriginalValue = form.Version;
        var before = Snapshot(source);
        var (asOf, precision) = form.Date();
        source.Revise(form.Publisher!, form.Title!, form.Address(), asOf, precision, Today);
        audit.Record(User.ToAuditActor(), AuditAction.Updated, EntityType, source.Id, $"Changed source {source.Key}", before, Snapshot(source));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, form, cancellationToken);
        }

        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, [FromForm] uint? version, CancellationToken cancellationToken)
    {
        var source = await db.DataSources.AsTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        if (version is null)
        {
            return BadRequest();
        }

        if (await UsesAsync(id, cancellationToken) is { Count: > 0 } uses)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            ViewData["Title"] = "This source is still cited";
            return View("Message", $"Source {source.Key} cannot be deleted while it is cited by {string.Join("; ", uses)}. Point those at another source first.");
        }

        db.Entry(source).Property(s => s.Version).OriginalValue = version.Value;
        db.DataSources.Remove(source);
        audit.Record(User.ToAuditActor(), AuditAction.Deleted, EntityType, source.Id, $"Deleted source {source.Key}", Snapshot(source), null);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, FormOf(source), cancellationToken);
        }

        return RedirectToAction(nameof(Index));
    }

    private static object Snapshot(DataSource s) => new { s.Key, s.Publisher, s.Title, s.Url, s.AsOf, s.AsOfPrecision };

    private static DataSourceForm FormOf(DataSource s) => new()
    {
        Key = s.Key,
        Publisher = s.Publisher,
        Title = s.Title,
        Url = s.Url,
        AsOf = s.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        AsOfPrecision = s.AsOfPrecision.ToString(),
        Version = s.Version,
    };

    /// <summary>What cites the source, in words: "2 salary figures (data-scientist, python-developer); the role profile python-developer".</summary>
    private async Task<List<string>> UsesAsync(int id, CancellationToken cancellationToken)
    {
        var salaryRoles = await db.SalaryFigures.Where(f => f.DataSourceId == id).Select(f => f.Role.Slug).ToListAsync(cancellationToken);
        var market = await db.MarketFigures.Where(f => f.DataSourceId == id).Select(f => f.CountryCode).ToListAsync(cancellationToken);
        var roles = await db.RoleProfiles.Where(r => r.DataSourceId == id).Select(r => r.Slug).ToListAsync(cancellationToken);
        var areas = await db.CareerAreas.Where(a => a.DataSourceId == id).Select(a => a.Slug).ToListAsync(cancellationToken);
        var facts = await db.CareerFacts.CountAsync(f => f.DataSourceId == id, cancellationToken);
        var uses = new List<string>();
        if (salaryRoles.Count > 0)
        {
            uses.Add($"{salaryRoles.Count} salary figures (roles {string.Join(", ", salaryRoles.Distinct().Order(StringComparer.Ordinal))})");
        }

        if (market.Count > 0)
        {
            uses.Add($"{market.Count} market figures (countries {string.Join(", ", market.Distinct().Order(StringComparer.Ordinal))})");
        }

        if (roles.Count > 0)
        {
            uses.Add($"the role profiles {string.Join(", ", roles)}");
        }

        if (areas.Count > 0)
        {
            uses.Add($"the career areas {string.Join(", ", areas)}");
        }

        if (facts > 0)
        {
            uses.Add($"{facts} facts and shared activities on the role pages");
        }

        return uses;
    }

    private async Task<IActionResult> ConflictAsync(int id, DataSourceForm form, CancellationToken cancellationToken)
    {
        var current = await db.DataSources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        form.Version = current.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        var now = $"Someone else saved this source while you were editing it; nothing of yours was saved. Stored now: publisher “{current.Publisher}”, title “{current.Title}”, URL {current.Url ?? "none"}, as of {current.AsOfText}. Your values are in the form; save again to replace the stored ones.";
        return View("Edit", await EditModelAsync(current, form, cancellationToken, now));
    }

    private async Task<DataSourceEditViewModel> EditModelAsync(DataSource source, DataSourceForm form, CancellationToken cancellationToken, string? conflict = null) =>
        new(source.Id, form, await AuditVersion.HistoryAsync(db, EntityType, source.Id, cancellationToken), conflict);
}
