using Microsoft.AspNetCore.Mvc;

namespace PythonCareers.Web.Features.Companies;

/// <summary>A company's page address, generated from its route.</summary>
public static class CompanyLinks
{
    public static string Company(this IUrlHelper url, string slug)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Action(nameof(CompaniesController.Details), "Companies", new { area = "", slug })
            ?? throw new InvalidOperationException("No route leads to Companies.Details.");
    }
}
