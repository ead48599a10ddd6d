using PythonCareers.Core.Salaries.Editing;

namespace PythonCareers.Web.Features.Admin.SalaryImport;

/// <summary>The import page: the upload form, and after an upload the preview with the file carried for applying.</summary>
public sealed record ImportViewModel(ImportPreview? Preview, string? Content)
{
    /// <summary>The upload form's file field, which a problem with the file is shown next to; never filled in again.</summary>
    public IFormFile? File => null;
}
