using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;

namespace PythonCareers.Web.Features.Jobs;

/// <summary>The open postings for a role, on its role page: how many, and the newest few.</summary>
public sealed class RoleJobsViewComponent(AppDbContext db) : ViewComponent
{
    public const int Shown = 5;

    public async Task<IViewComponentResult> InvokeAsync(string roleSlug, string roleTitle)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var postings = db.JobPostings.Live().Where(p => p.RoleProfile.Slug == roleSlug);
        var count = await postings.Take(JobSearchResult.CountCap + 1).CountAsync(cancellationToken);
        var newest = count == 0
            ? []
            : await postings
                .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
                .Take(Shown)
                .Select(PostingSummary.FromPosting)
                .ToListAsync(cancellationToken);
        return View("/Features/Jobs/RoleJobs.cshtml", new RoleJobsViewModel(roleSlug, roleTitle, count, newest));
    }
}
