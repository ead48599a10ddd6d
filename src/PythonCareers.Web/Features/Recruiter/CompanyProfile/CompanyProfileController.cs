using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PythonCareers.Core.Accounts;
using PythonCareers.Web.Features.Companies;

namespace PythonCareers.Web.Features.Recruiter.CompanyProfile;

/// <summary>
/// A recruiter's company profile, shown on its public page. The route names no company: whatever a request carries, the
/// company edited is the one the signed-in recruiter's account belongs to.
/// </summary>
[Area("Recruiter")]
[Route("recruiter/company")]
[Authorize(Roles = CareerRoles.Recruiter)]
public sealed class CompanyProfileController(CompanyProfiles profiles) : Controller
{
    private string RecruiterId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken)
    {
        var company = await profiles.OfRecruiterAsync(RecruiterId, cancellationToken);
        return company is null ? NotFound() : View(new CompanyProfileViewModel(company.Slug, CompanyProfileForm.From(company)));
    }

    [HttpPost("")]
    public async Task<IActionResult> Update(CompanyProfileForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var company = await profiles.OfRecruiterAsync(RecruiterId, cancellationToken);
        if (company is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Edit), new CompanyProfileViewModel(company.Slug, form));
        }

        await profiles.UpdateAsync(RecruiterId, form.Name!, new Uri(form.Website!.Trim()), form.Description!, cancellationToken);
        return Redirect(Url.Company(company.Slug));
    }
}

public sealed record CompanyProfileViewModel(string Slug, CompanyProfileForm Form);
