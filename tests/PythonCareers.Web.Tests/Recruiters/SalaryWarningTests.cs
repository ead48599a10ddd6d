using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Market;
using PythonCareers.Web.Features;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Recruiters;

/// <summary>The posting form warns about pay that looks mistaken, saves it only once confirmed, and records the confirmation.</summary>
public sealed class SalaryWarningTests(CareersSite site) : SiteTest(site)
{
    public static TheoryData<string, string, string, SalaryWarning> Mistakes => new()
    {
        { "30000", "100000", "Year", SalaryWarning.WideRange },
        { "3000", "3500", "Year", SalaryWarning.LooksMonthly },
        { "35", "45", "Year", SalaryWarning.LooksHourly },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Pay_that_looks_mistaken_is_shown_again_with_its_warning_beside_the_pay_and_saved_only_once_confirmed(
        string min, string max, string period, SalaryWarning expected)
    {
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;
        var fields = await Site.PostingFieldsAsync(("SalaryMin", min), ("SalaryMax", max), ("SalaryPeriod", period));

        var (warned, page) = await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", fields);

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var warnings = page.GetElementById("salary-warnings")!;
        Assert.Equal("Pay (required: every posting on this site shows its salary)", warnings.Closest("fieldset")!.QuerySelector("legend")!.TextContent);
        Assert.Equal([SalaryWarningText.For(expected)], warnings.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.NotNull(page.QuerySelector("input[type=checkbox][name='Form.SalaryConfirmed'], input[type=checkbox][name=SalaryConfirmed]"));
        await using var db = Site.CreateContext();
        Assert.False(await db.JobPostings.AnyAsync());

        var (saved, _) = await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", [.. fields, new("SalaryConfirmed", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var posting = await db.JobPostings.SingleAsync();
        Assert.Equal([expected.ToString()], posting.ConfirmedSalaryWarnings);
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);
        var (_, review) = await editor.GetAsync($"/admin/moderation/{posting.Id}");
        Assert.Contains(SalaryWarningText.For(expected), review.QuerySelector(".confirmed-warnings")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plausible_pay_is_saved_at_once_with_no_warning_recorded()
    {
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;

        var (saved, _) = await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", await Site.PostingFieldsAsync());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = Site.CreateContext();
        Assert.Empty((await db.JobPostings.SingleAsync()).ConfirmedSalaryWarnings);
    }

    [Theory]
    [InlineData("20000", "25000", SalaryWarning.FarBelowPostings)]
    [InlineData("400000", "500000", SalaryWarning.FarAbovePostings)]
    public async Task Pay_far_outside_what_the_roles_postings_in_the_country_offer_is_warned_about(string min, string max, SalaryWarning expected)
    {
        // Five senior postings in Germany from three companies, offering EUR 90,000-110,000 a year.
        await using (var db = Site.CreateContext())
        {
            var peers = new List<CareerUser>();
            for (var i = 0; i < 3; i++)
            {
                peers.Add(await TestPostings.RecruiterAsync(db, $"peer{i}@index.example", $"Peer {i} GmbH"));
            }

            for (var i = 0; i < 5; i++)
            {
                await TestPostings.PostingAsync(db, peers[i % 3], details: TestPostings.Details() with { SalaryMin = 90_000m, SalaryMax = 110_000m }, now: DateTime.UtcNow.AddDays(-2));
            }
        }

        await using (var scope = Site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PostedPayIndex>().SnapshotAsync(DateOnly.FromDateTime(DateTime.UtcNow));
        }

        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;
        var (warned, page) = await recruiter.SubmitAsync(
            "/recruiter/postings/new", "/recruiter/postings/new", await Site.PostingFieldsAsync(("SalaryMin", min), ("SalaryMax", max)));

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Equal([SalaryWarningText.For(expected)], page.QuerySelectorAll("#salary-warnings li").Select(li => li.TextContent));
    }
}
