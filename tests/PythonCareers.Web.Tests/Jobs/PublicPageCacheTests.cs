using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PythonCareers.Core.Accounts;
using PythonCareers.Web.Features.Jobs;
using PythonCareers.Web.Tests.Admin;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Jobs;

/// <summary>
/// The output cache of the anonymous public pages. A page answered from the cache carries an Age header; one rendered
/// afresh does not. Every test site caches as production does, so the other tests also fail if a write forgets to evict.
/// </summary>
public sealed class PublicPageCacheTests(CareersSite site) : SiteTest(site)
{
    public static TheoryData<string> PublicPages() =>
    [
        "/", "/roles", "/roles/data-scientist", "/salaries", "/salaries/python-programmer", "/skills", "/skills/django",
        "/areas/web-development", "/jobs", "/jobs?q=django&country=de", "/jobs/feed.xml", "/roles/data-scientist/jobs.xml",
    ];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task An_anonymous_page_is_answered_from_the_cache_the_second_time_and_a_signed_in_one_never(string path)
    {
        using var seeker = Site.NewVisitor();
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);

        var (first, _) = await seeker.GetAsync(path);
        var (second, _) = await seeker.GetAsync(path);
        var (signedIn, _) = await editor.GetAsync(path);

        Assert.Equal((HttpStatusCode.OK, false, true), (first.StatusCode, first.Headers.Age.HasValue, second.Headers.Age.HasValue));
        Assert.Equal((HttpStatusCode.OK, false), (signedIn.StatusCode, signedIn.Headers.Age.HasValue));
    }

    [Theory]
    [InlineData("/skills")]
    [InlineData("/jobs?q=django")]
    public async Task A_page_rendered_for_a_signed_in_visitor_is_never_served_to_anyone_else(string path)
    {
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);
        using var seeker = Site.NewVisitor();

        var (signedIn, signedInPage) = await editor.GetAsync(path);
        var (again, _) = await editor.GetAsync(path);
        var (anonymous, anonymousPage) = await seeker.GetAsync(path);

        Assert.Equal((false, false, false), (signedIn.Headers.Age.HasValue, again.Headers.Age.HasValue, anonymous.Headers.Age.HasValue));
        Assert.Contains("Sign out", signedInPage.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign out", anonymousPage.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_write_that_changes_a_page_evicts_it_from_approval_to_expiry_and_a_draft_evicts_nothing()
    {
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);
        using var seeker = Site.NewVisitor();
        await using var db = Site.CreateContext();
        const string Keyword = "django";
        Assert.Empty(await PostingLifecycleTests.FoundAsync(seeker, Keyword));

        await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", await Site.PostingFieldsAsync(("Title", "Senior Django Developer")));
        var id = (await db.JobPostings.SingleAsync()).Id;
        var page = $"/jobs/{id}/senior-django-developer";
        Assert.True((await seeker.GetAsync($"/jobs?q={Keyword}")).Response.Headers.Age.HasValue, "a posting in review changes no public page");

        await editor.SubmitAsync($"/admin/moderation/{id}", $"/admin/moderation/{id}/approve", []);
        Assert.Equal([id], await PostingLifecycleTests.FoundAsync(seeker, Keyword));
        Assert.Contains("Senior Django Developer", (await seeker.GetAsync("/roles/python-web-developer")).Page.Body!.TextContent, StringComparison.Ordinal);
        await seeker.GetAsync(page);

        await db.Database.ExecuteSqlAsync($"UPDATE job_postings SET expires_at = now() + interval '2 days' WHERE id = {id}");
        await recruiter.SubmitAsync($"/recruiter/postings/{id}", $"/recruiter/postings/{id}/renew", []);
        var (renewed, _) = await seeker.GetAsync(page);
        Assert.False(renewed.Headers.Age.HasValue, "a renewal changes the posting's closing date");

        await db.Database.ExecuteSqlAsync($"UPDATE job_postings SET expires_at = now() - interval '1 minute' WHERE id = {id}");
        await Site.Services.GetServices<IHostedService>().OfType<PostingExpiryService>().Single().RunOnceAsync(CancellationToken.None);
        Assert.Empty(await PostingLifecycleTests.FoundAsync(seeker, Keyword));
        Assert.Contains("no longer open", (await seeker.GetAsync(page)).Page.Body!.TextContent, StringComparison.Ordinal);

        var (duplicated, _) = await recruiter.SubmitAsync($"/recruiter/postings/{id}", $"/recruiter/postings/{id}/duplicate", []);
        var copyId = int.Parse(duplicated.Headers.Location!.OriginalString.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
        await recruiter.SubmitAsync($"/recruiter/postings/{copyId}", $"/recruiter/postings/{copyId}/submit", []);
        await editor.SubmitAsync($"/admin/moderation/{copyId}", $"/admin/moderation/{copyId}/approve", []);
        Assert.Equal([copyId], await PostingLifecycleTests.FoundAsync(seeker, Keyword));
        await recruiter.SubmitAsync($"/recruiter/postings/{copyId}", $"/recruiter/postings/{copyId}/fill", []);
        Assert.Empty(await PostingLifecycleTests.FoundAsync(seeker, Keyword));
    }

    [Fact]
    public async Task An_editors_save_shows_on_every_page_at_once()
    {
        using var seeker = Site.NewVisitor();
        using var editor = await Site.EditorAsync();
        var id = await Site.RoleIdAsync("data-scientist");
        foreach (var path in new[] { "/", "/roles", "/roles/data-scientist", "/jobs" })
        {
            await seeker.GetAsync(path);
        }

        await editor.EditAsync($"/admin/roles/{id}", ("Title", "Data Scientist (ML)"));

        foreach (var path in new[] { "/", "/roles", "/roles/data-scientist", "/jobs" })
        {
            var (response, page) = await seeker.GetAsync(path);
            Assert.False(response.Headers.Age.HasValue, path);
            Assert.Contains("Data Scientist (ML)", page.Body!.TextContent, StringComparison.Ordinal);
        }
    }
}
