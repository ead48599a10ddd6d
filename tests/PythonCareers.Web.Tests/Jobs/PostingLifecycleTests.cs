using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Jobs;

/// <summary>The whole life of postings, through the site's own pages: sign up, post, review, approve, find, renew, expire, duplicate, fill.</summary>
public sealed class PostingLifecycleTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task A_posting_lives_from_sign_up_to_expiry_and_its_copy_until_filled()
    {
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);
        using var seeker = Site.NewVisitor();
        await using var db = Site.CreateContext();

        var (posted, _) = await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", await Site.PostingFieldsAsync(("Title", "Senior Django Developer")));
        var id = (await db.JobPostings.SingleAsync()).Id;
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.DoesNotContain(id, await FoundAsync(seeker, "django"));
        Assert.Equal(HttpStatusCode.NotFound, (await seeker.GetAsync($"/jobs/{id}/senior-django-developer")).Response.StatusCode);

        await editor.SubmitAsync($"/admin/moderation/{id}", $"/admin/moderation/{id}/approve", []);
        Assert.Contains(id, await FoundAsync(seeker, "django"));
        var (live, livePage) = await seeker.GetAsync($"/jobs/{id}/senior-django-developer");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.NotNull(livePage.QuerySelector("script[type='application/ld+json']"));

        await db.Database.ExecuteSqlAsync($"UPDATE job_postings SET expires_at = now() + interval '2 days' WHERE id = {id}");
        var (renewed, _) = await recruiter.SubmitAsync($"/recruiter/postings/{id}", $"/recruiter/postings/{id}/renew", []);
        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);
        Assert.True((await db.JobPostings.SingleAsync(p => p.Id == id)).ExpiresAt > DateTime.UtcNow.AddDays(29));

        await db.Database.ExecuteSqlAsync($"UPDATE job_postings SET expires_at = now() - interval '1 minute' WHERE id = {id}");
        Assert.Equal(1, await PostingExpiry.ExpireDueAsync(db, DateTime.UtcNow));
        Assert.DoesNotContain(id, await FoundAsync(seeker, "django"));
        var (expired, expiredPage) = await seeker.GetAsync($"/jobs/{id}/senior-django-developer");
        Assert.Equal(HttpStatusCode.OK, expired.StatusCode);
        Assert.Contains("no longer open", expiredPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(expiredPage.QuerySelector("script[type='application/ld+json']"));

        var (duplicated, _) = await recruiter.SubmitAsync($"/recruiter/postings/{id}", $"/recruiter/postings/{id}/duplicate", []);
        var copyId = int.Parse(duplicated.Headers.Location!.OriginalString.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
        await recruiter.SubmitAsync($"/recruiter/postings/{copyId}", $"/recruiter/postings/{copyId}/submit", []);
        await editor.SubmitAsync($"/admin/moderation/{copyId}", $"/admin/moderation/{copyId}/approve", []);
        Assert.Equal([copyId], await FoundAsync(seeker, "django"));

        await recruiter.SubmitAsync($"/recruiter/postings/{copyId}", $"/recruiter/postings/{copyId}/fill", []);
        Assert.Empty(await FoundAsync(seeker, "django"));
        Assert.Equal(PostingStatus.Filled, (await db.JobPostings.SingleAsync(p => p.Id == copyId)).Status);
    }

    /// <summary>The ids of the postings that a search for <paramref name="keyword"/> lists.</summary>
    internal static async Task<List<int>> FoundAsync(Visitor seeker, string keyword)
    {
        var (response, page) = await seeker.GetAsync($"/jobs?q={keyword}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. page.QuerySelectorAll("ol.postings li.posting a[href^='/jobs/']")
            .Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture))
            .Distinct()];
    }
}
