using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Salaries.Editing;
using PythonCareers.Web.Features.Admin.SalaryFigures;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Admin.SalaryImport;

/// <summary>
/// CSV export and import of salary figures. An upload is checked and previewed row by row; applying posts the same file
/// back (base64 in a hidden field), checks it again and stores every row in one transaction, or none.
/// </summary>
[Route("admin/salaries")]
public sealed class SalaryImportController(AppDbContext db, PythonCareers.Core.Salaries.Editing.SalaryImport import, SalaryFigureEditor editor) : AdminController(db)
{
    public const int MaxUploadMegabytes = 5;

    public const int MaxUploadBytes = MaxUploadMegabytes * 1024 * 1024;

    // Room for the file as base64 (4/3) and form encoding on the way back from the preview.
    private const int MaxRequestBytes = 16 * 1024 * 1024;

    private static readonly string[] TextExtensions = [".csv", ".txt"];

    [HttpGet("export")]
    public async Task<IActionResult> Export(SalaryFigureFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!ModelState.IsValid)
        {
            return BadRequest(ModelState.Values.SelectMany(v => v.Errors).First().ErrorMessage);
        }

        // Live figures only: importing the export must change nothing, and a retired figure would come back as a new one.
        var records = await Db.LiveSalaryFigures().Selected(filter.Role, filter.Country, filter.KindValue)
            .OrderBy(f => f.Role.SortOrder).ThenBy(f => f.Kind).ThenBy(f => f.CountryCode).ThenBy(f => f.Level).ThenBy(f => f.Period).ThenBy(f => f.AsOf).ThenBy(f => f.Id)
            .Select(SalaryFigureRecord.FromEntity)
            .ToListAsync(cancellationToken);
        var file = new MemoryStream();
        SalaryCsv.Write(file, records);
        file.Position = 0;
        return File(file, "text/csv; charset=utf-8", "salary-figures.csv");
    }

    [HttpGet("import")]
    public IActionResult Import() => View(new ImportViewModel(null, null));

    [HttpPost("import")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return Refuse(StatusCodes.Status400BadRequest, "Choose a CSV file to upload.");
        }

        if (file.Length > MaxUploadBytes)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, $"The file is {file.Length / 1024 / 1024.0:0.0} MB; the limit is {MaxUploadMegabytes} MB. Split it and import the parts one after the other.");
        }

        if (!TextExtensions.Contains(Path.GetExtension(file.FileName), StringComparer.OrdinalIgnoreCase)
            || !(file.ContentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || file.ContentType is "application/csv" or "application/vnd.ms-excel" or "application/octet-stream"))
        {
            return Refuse(StatusCodes.Status415UnsupportedMediaType, "Only CSV text files (.csv) can be imported.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return await PreviewAsync(buffer.ToArray(), cancellationToken);
    }

    [HttpPost("import/apply")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(ValueLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Apply([FromForm] string? content, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Refuse(StatusCodes.Status400BadRequest, "The file did not come back from the preview intact. Upload it again.");
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(content ?? "");
        }
        catch (FormatException)
        {
            return Refuse(StatusCodes.Status400BadRequest, "The file did not come back from the preview intact. Upload it again.");
        }

        if (bytes.Length is 0 or > MaxUploadBytes)
        {
            return Refuse(StatusCodes.Status400BadRequest, "Upload the file again: nothing came back from the preview.");
        }

        var preview = await import.PreviewAsync(bytes, cancellationToken);
        if (!preview.CanApply)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return ImportView(preview, content);
        }

        var (added, changed) = await editor.ImportAsync([.. preview.Rows.Select(r => r.Input.ToRecord())], User.ToAuditActor(), cancellationToken);
        ViewData["Title"] = "Import applied";
        return View("Message", $"Imported {preview.Rows.Count} rows: {added} figures added, {changed} changed, {preview.Count(ImportOutcome.Unchanged)} unchanged.");
    }

    private async Task<IActionResult> PreviewAsync(byte[] content, CancellationToken cancellationToken)
    {
        var preview = await import.PreviewAsync(content, cancellationToken);
        if (!preview.CanApply)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return ImportView(preview, preview.CanApply ? Convert.ToBase64String(content) : null);
    }

    private ViewResult Refuse(int status, string message)
    {
        Response.StatusCode = status;
        return ImportView(new ImportPreview(message, []), null);
    }

    /// <summary>The import page again; a problem with the whole file is shown next to the file field, which takes the focus.</summary>
    private ViewResult ImportView(ImportPreview preview, string? content)
    {
        if (preview.Problem is { } problem)
        {
            ModelState.AddModelError(nameof(ImportViewModel.File), problem);
        }

        return View("Import", new ImportViewModel(preview, content));
    }
}
