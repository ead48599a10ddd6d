using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PythonCareers.Core;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Companies;

/// <summary>The public page of each company: its profile and its live postings. Companies change with postings' tag.</summary>
[ReadsFromReplica]
[Route("companies")]
[OutputCache(PolicyName = PublicPages.PostingsPolicy)]
public sealed class CompaniesController(AppDbContext db, IOptions<SiteOptions> site) : Controller
{
    [HttpGet("{slug:slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var live = db.JobPostings.Live();
        var company = await db.Companies
            .Where(c => c.Slug == slug)
            .Select(c => new
            {
                c.Id,
                c.Slug,
                c.Name,
                c.Website,
                c.Description,
                c.IsSample,
                Open = live.Count(p => p.CompanyId == c.Id),
                Posted = db.JobPostings.Count(p => p.CompanyId == c.Id && p.RevisionOfId == null && p.PublishedAt != null),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (company is null)
        {
            return NotFound();
        }

        var newest = company.Open == 0
            ? []
            : await live.Where(p => p.CompanyId == company.Id)
                .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
                .Take(CompanyPageViewModel.Shown)
                .Select(PostingSummary.FromPosting)
                .ToListAsync(cancellationToken);
        var page = new CompanyPageViewModel(company.Slug, company.Name, company.Website, company.Description, company.Open, company.Posted, newest, company.IsSample);
        return View(page with { StructuredData = CompanyJsonLd.For(page, new Uri(site.Value.PublicOrigin, Url.Company(company.Slug))) });
    }
}
