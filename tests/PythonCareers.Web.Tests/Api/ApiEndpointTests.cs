using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;
using PythonCareers.Core.Market;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Api;

/// <summary>What the API answers: the /jobs search's own results, the public postings only, and every figure with its source, date and sample.</summary>
public sealed class ApiEndpointTests(CareersSite site) : SiteTest(site)
{
    private static readonly string[] Periods = ["year", "month", "hour", "day"];

    [Fact]
    public async Task The_job_search_answers_with_the_postings_and_count_the_search_itself_finds_and_links_its_pages()
    {
        await using var db = Site.CreateContext();
        var recruiter = await TestPostings.RecruiterAsync(db);
        for (var i = 0; i < 23; i++)
        {
            await TestPostings.PostingAsync(db, recruiter, details: TestPostings.Details($"Django developer {i}"), now: DateTime.UtcNow.AddMinutes(-i));
        }

        await TestPostings.PostingAsync(db, recruiter, details: TestPostings.Details("Rust developer") with { Description = "Build Rust services." });
        using var client = ApiRequests.Client(Site);

        var (first, body) = await client.GetJsonAsync("/api/v1/jobs?q=django&country=DE");
        var (_, second) = await client.GetJsonAsync(body.GetProperty("next").GetString()!);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await using var scope = Site.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<JobSearch>();
        var expected = await search.RunAsync(new JobSearchQuery { Q = "django", Country = "DE" }.ToCriteria(), CancellationToken.None);
        var expectedSecond = await search.RunAsync(new JobSearchQuery { Q = "django", Country = "DE", Page = "2" }.ToCriteria(), CancellationToken.None);
        Assert.Equal([.. expected.Postings.Select(p => p.Id)], Ids(body));
        Assert.Equal([.. expectedSecond.Postings.Select(p => p.Id)], Ids(second));
        Assert.Equal(23, body.GetProperty("total").GetInt32());
        Assert.Equal(2, body.GetProperty("pageCount").GetInt32());
        Assert.Equal("/api/v1/jobs?q=django&country=de&page=2", body.GetProperty("next").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("previous").ValueKind);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        Assert.Equal("/api/v1/jobs?q=django&country=de", second.GetProperty("previous").GetString());
        var posting = body.GetProperty("postings")[0];
        Assert.Equal("full-time", posting.GetProperty("employmentType").GetString());
        Assert.Equal("EUR", posting.GetProperty("salary").GetProperty("currency").GetString());
        Assert.Equal(70_000m, posting.GetProperty("salary").GetProperty("minimum").GetDecimal());
        Assert.StartsWith(CareersSite.PublicOrigin + "/jobs/", posting.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains(body.GetProperty("facets").GetProperty("countries").EnumerateArray(), c => c.GetProperty("value").GetString() == "de" && c.GetProperty("count").GetInt32() == 23);
    }

    [Fact]
    public async Task A_posting_is_found_open_or_closed_and_never_as_a_draft_a_review_a_rejection_or_a_revision()
    {
        await using var db = Site.CreateContext();
        var recruiter = await TestPostings.RecruiterAsync(db);
        var shown = new Dictionary<PostingStatus, int>();
        foreach (var status in new[] { PostingStatus.Published, PostingStatus.Filled, PostingStatus.Expired })
        {
            shown[status] = (await TestPostings.PostingAsync(db, recruiter, status)).Id;
        }

        var hidden = new List<int>();
        foreach (var status in new[] { PostingStatus.Draft, PostingStatus.InReview, PostingStatus.Rejected, PostingStatus.Withdrawn })
        {
            hidden.Add((await TestPostings.PostingAsync(db, recruiter, status)).Id);
        }

        var live = await db.JobPostings.AsTracking().SingleAsync(p => p.Id == shown[PostingStatus.Published]);
        var revision = live.CreateRevision(TestPostings.Details("Revised title") with { RoleProfileId = live.RoleProfileId }, live.RoleTitle, [], DateTime.UtcNow);
        db.JobPostings.Add(revision);
        await db.SaveChangesAsync();
        hidden.Add(revision.Id);
        using var client = ApiRequests.Client(Site);

        foreach (var (status, id) in shown)
        {
            var (response, body) = await client.GetJsonAsync($"/api/v1/jobs/{id}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{status}: {(int)response.StatusCode}");
            Assert.Equal(id, body.GetProperty("id").GetInt32());
            Assert.Equal(status == PostingStatus.Published, body.GetProperty("isOpen").GetBoolean());
            Assert.Equal(status.ToString().ToLowerInvariant(), body.GetProperty("status").GetString());
            Assert.Equal("Senior Python Developer", body.GetProperty("title").GetString());
        }

        foreach (var id in hidden)
        {
            await ApiRequests.ProblemAsync(await client.GetAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative)), 404);
        }
    }

    [Fact]
    public async Task A_role_and_the_market_carry_the_posted_index_with_its_date_and_sample_sizes_and_the_cited_figures_with_their_sources()
    {
        await using var db = Site.CreateContext();
        for (var company = 0; company < 3; company++)
        {
            var recruiter = await TestPostings.RecruiterAsync(db, $"recruiter{company}@example.com", $"Company {company}");
            for (var posting = 0; posting < 2; posting++)
            {
                await TestPostings.PostingAsync(
                    db, recruiter, details: TestPostings.Details() with { SalaryMin = 60_000m + (company * 10_000m), SalaryMax = 80_000m + (company * 10_000m) }, now: DateTime.UtcNow.AddDays(-2));
            }
        }

        // A day's snapshot counts the postings published before that day began.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PostedPayIndex>().SnapshotAsync(today);
        }

        using var client = ApiRequests.Client(Site);
        var (_, role) = await client.GetJsonAsync("/api/v1/roles/python-web-developer");
        var (_, market) = await client.GetJsonAsync("/api/v1/market");
        var (_, other) = await client.GetJsonAsync("/api/v1/roles/data-scientist");

        foreach (var index in new[] { role.GetProperty("postedSalaries"), market.GetProperty("postedSalaries") })
        {
            Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), index.GetProperty("asOf").GetString());
            Assert.Equal(PostedPayIndex.WindowDays, index.GetProperty("windowDays").GetInt32());
            Assert.Equal("PythonCareers job postings", index.GetProperty("source").GetString());
            var figure = Assert.Single(index.GetProperty("figures").EnumerateArray());
            Assert.Equal("python-web-developer", figure.GetProperty("role").GetProperty("slug").GetString());
            Assert.Equal(("DE", "senior", "employed", "EUR"), (figure.GetProperty("countryCode").GetString(), figure.GetProperty("level").GetString(), figure.GetProperty("kind").GetString(), figure.GetProperty("currency").GetString()));
            Assert.Equal((6, 3), (figure.GetProperty("postings").GetInt32(), figure.GetProperty("companies").GetInt32()));
            Assert.Equal(80_000m, figure.GetProperty("median").GetDecimal());
            Assert.Equal((60_000m, 100_000m), (figure.GetProperty("lowest").GetDecimal(), figure.GetProperty("highest").GetDecimal()));
        }

        Assert.Empty(other.GetProperty("postedSalaries").GetProperty("figures").EnumerateArray());
        Assert.Equal(6, role.GetProperty("openPostings").GetProperty("count").GetInt32());
        var cited = role.GetProperty("salaries").EnumerateArray().ToList();
        Assert.NotEmpty(cited);
        Assert.All(cited, f =>
        {
            Assert.False(string.IsNullOrEmpty(f.GetProperty("source").GetProperty("publisher").GetString()));
            Assert.True(DateOnly.TryParse(f.GetProperty("asOf").GetString(), CultureInfo.InvariantCulture, out _));
        });
        Assert.All(market.GetProperty("openPositions").EnumerateArray(), m => Assert.False(string.IsNullOrEmpty(m.GetProperty("source").GetProperty("publisher").GetString())));
    }

    [Fact]
    public async Task The_salaries_are_every_current_cited_figure_of_the_published_roles_each_with_its_source_and_date()
    {
        await using var db = Site.CreateContext();
        var current = await db.CurrentSalaryFigures().CountAsync(f => f.Role.IsPublished);
        using var client = ApiRequests.Client(Site);

        var (_, body) = await client.GetJsonAsync("/api/v1/salaries");

        var figures = body.GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(current, figures.Count);
        Assert.All(figures, f =>
        {
            Assert.False(string.IsNullOrEmpty(f.GetProperty("source").GetProperty("title").GetString()));
            Assert.True(DateOnly.TryParse(f.GetProperty("asOf").GetString(), CultureInfo.InvariantCulture, out _));
            Assert.Contains(f.GetProperty("period").GetString(), Periods);
        });
    }

    private static List<int> Ids(JsonElement page) => [.. page.GetProperty("postings").EnumerateArray().Select(p => p.GetProperty("id").GetInt32())];
}
