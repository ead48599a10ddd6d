using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Recruiters;

public sealed class PostingFormTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task A_new_posting_goes_to_review_with_everything_it_was_given()
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;

        var (response, _) = await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", await Site.PostingFieldsAsync());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Site.CreateContext();
        var posting = await db.JobPostings.SingleAsync();
        Assert.Equal($"/recruiter/postings/{posting.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((PostingStatus.InReview, user.Id, "Snake Oil GmbH"), (posting.Status, posting.RecruiterId, posting.CompanyName));
        Assert.Equal(("Senior Django Developer", "senior-django-developer", 70_000m, 90_000m, "EUR"), (posting.Title, posting.Slug, posting.SalaryMin, posting.SalaryMax, posting.Currency));
        Assert.Equal("Django", posting.SkillNames);
        Assert.Equal(70_000m, posting.SalaryMinYearly);
    }

    [Fact]
    public async Task A_draft_stays_a_draft_until_sent()
    {
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;

        await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", await Site.PostingFieldsAsync(("intent", "draft"), ("SalaryPeriod", "Month"), ("SalaryMin", "5000"), ("SalaryMax", "6000")));

        await using var db = Site.CreateContext();
        var posting = await db.JobPostings.SingleAsync();
        Assert.Equal(PostingStatus.Draft, posting.Status);
        Assert.Equal(60_000m, posting.SalaryMinYearly);
        var (sent, _) = await recruiter.SubmitAsync($"/recruiter/postings/{posting.Id}", $"/recruiter/postings/{posting.Id}/submit", []);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(PostingStatus.InReview, (await db.JobPostings.SingleAsync()).Status);
    }

    public static TheoryData<string, string, string> BadFields => new()
    {
        { "SalaryMin", "-5", "SalaryMin" },
        { "SalaryMin", "0", "SalaryMin" },
        { "SalaryMax", "100", "SalaryMax" },
        { "SalaryMin", "abc", "SalaryMin" },
        { "SalaryMin", "1e400", "SalaryMin" },
        { "SalaryMax", "999999999999999", "SalaryMax" },
        { "SalaryMin", "100.123", "SalaryMin" },
        { "Currency", "XYZ", "Currency" },
        { "Currency", "", "Currency" },
        { "Description", new string('d', 100_000), "Description" },
        { "Description", "", "Description" },
        { "Title", new string('t', 5_000), "Title" },
        { "Title", "   ", "Title" },
        { "RoleProfileId", "999999", "RoleProfileId" },
        { "RoleProfileId", "", "RoleProfileId" },
        { "EmploymentType", "99", "EmploymentType" },
        { "EmploymentType", "Banana", "EmploymentType" },
        { "Level", "-1", "Level" },
        { "Workplace", "Underwater", "Workplace" },
        { "SalaryPeriod", "Fortnight", "SalaryPeriod" },
        { "CountryCode", "ZZ", "CountryCode" },
        { "City", new string('c', 500), "City" },
        { "ApplyUrl", "javascript:alert(1)", "ApplyUrl" },
        { "ApplyUrl", "https://" + new string('u', 600) + ".example", "ApplyUrl" },
        { "SkillIds", "999999", "SkillIds" },
        { "ApplyEmail", "<img src=x onerror=alert(1)>@example.com", "ApplyEmail" },
        { "ApplyEmail", "jobs@example.com?bcc=everyone@example.com", "ApplyEmail" },
        { "ApplyEmail", "\"Jobs\" <jobs@example.com>", "ApplyEmail" },
        { "ApplyEmail", "jobs@localhost", "ApplyEmail" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Bad_input_answers_400_with_a_message_next_to_the_field_and_stores_nothing(string name, string value, string field)
    {
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;

        var (response, page) = await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", await Site.PostingFieldsAsync((name, value)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"[data-valmsg-for={field}]")?.TextContent), $"No message next to {field}");
        await using var db = Site.CreateContext();
        Assert.Equal(0, await db.JobPostings.CountAsync());
    }

    [Fact]
    public async Task A_remote_posting_names_the_countries_it_accepts()
    {
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;

        var (missing, page) = await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", await Site.PostingFieldsAsync(("Workplace", "Remote"), ("RemoteCountries", "")));
        var (listed, _) = await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", await Site.PostingFieldsAsync(("Workplace", "Remote"), ("RemoteCountries", "de, at ch")));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.NotNull(page.QuerySelector("[data-valmsg-for=RemoteCountries]"));
        Assert.Equal(HttpStatusCode.Redirect, listed.StatusCode);
        await using var db = Site.CreateContext();
        Assert.Equal(["DE", "AT", "CH"], (await db.JobPostings.SingleAsync()).RemoteCountries);
    }

    [Fact]
    public async Task A_remote_posting_lists_at_most_the_domains_number_of_countries()
    {
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;
        var codes = IsoCodes.AllCountries.Select(c => c.Code).ToList();
        async Task<(HttpStatusCode Status, string? Message)> PostAsync(string countries)
        {
            var (response, page) = await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", await Site.PostingFieldsAsync(("Workplace", "Remote"), ("RemoteCountries", countries)));
            return (response.StatusCode, page.QuerySelector("[data-valmsg-for=RemoteCountries]")?.TextContent);
        }

        var tooMany = await PostAsync(string.Join(", ", codes[..(JobPosting.MaxRemoteCountries + 1)]));
        var tooLong = await PostAsync(string.Join(new string(' ', PostingForm.RemoteCountriesMaxLength), codes[..2]));
        var most = await PostAsync(string.Join(", ", codes[..JobPosting.MaxRemoteCountries]));

        var message = $"List at most {JobPosting.MaxRemoteCountries} countries.";
        Assert.Equal((HttpStatusCode.BadRequest, message), tooMany);
        Assert.Equal((HttpStatusCode.BadRequest, message), tooLong);
        Assert.Equal(HttpStatusCode.Redirect, most.Status);
        await using var db = Site.CreateContext();
        Assert.Equal(JobPosting.MaxRemoteCountries, (await db.JobPostings.SingleAsync()).RemoteCountries.Count);
    }

    [Fact]
    public async Task Markup_in_a_posting_is_shown_as_text()
    {
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;

        var (response, _) = await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", await Site.PostingFieldsAsync(("Title", "<script>alert('x')</script> Dev"), ("City", "<img src=x onerror=alert(1)>")));
        var (_, page) = await recruiter.GetAsync(response.Headers.Location!.OriginalString);

        Assert.Empty(page.Scripts);
        Assert.Empty(page.QuerySelectorAll("main img"));
        Assert.Contains("<script>alert('x')</script> Dev", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }
}
