using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using PythonCareers.Core.Content;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Infrastructure;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Jobs;

/// <summary>The sample board: a first look at an empty board in development, marked as samples wherever it shows.</summary>
public sealed class SampleBoardTests(CareersSite site) : SiteTest(site)
{
    private readonly JobBoard board = new(site);

    [Fact]
    public async Task An_empty_board_fills_once_with_live_postings_of_every_role_from_sample_companies()
    {
        Assert.Equal(36, await FillAsync());
        Assert.Equal(0, await FillAsync());

        await using var db = Site.CreateContext();
        var postings = await db.JobPostings.Include(p => p.Company).ToListAsync();
        Assert.Equal(36, postings.Count);
        Assert.All(postings, p => Assert.True(p.IsLiveAt(DateTime.UtcNow) && p.Company.IsSample, p.Title));
        Assert.Equal(6, postings.Select(p => p.CompanyId).Distinct().Count());
        Assert.Equal(await db.RoleProfiles.CountAsync(r => r.IsPublished), postings.Select(p => p.RoleProfileId).Distinct().Count());
        Assert.Equal(Enum.GetValues<JobLevel>().Length, postings.Select(p => p.Level).Distinct().Count());
        Assert.Equal(Enum.GetValues<Workplace>().Length, postings.Select(p => p.Workplace).Distinct().Count());
    }

    [Fact]
    public async Task A_board_whose_sample_postings_are_gone_is_not_filled_again()
    {
        await FillAsync();
        await board.SqlAsync($"DELETE FROM job_postings");

        Assert.Equal(0, await FillAsync());
    }

    [Fact]
    public async Task A_board_with_a_posting_gets_no_samples()
    {
        await board.PostAsync("Django Developer");

        Assert.Equal(0, await FillAsync());
        await using var db = Site.CreateContext();
        Assert.False(await db.Companies.AnyAsync(c => c.IsSample));
    }

    [Fact]
    public async Task Every_page_that_shows_a_sample_says_so()
    {
        await FillAsync();
        var real = await board.PostAsync("Real Django Developer", minutesAgo: 0);
        await using var db = Site.CreateContext();
        var sample = await db.JobPostings.Include(p => p.Company).FirstAsync(p => p.Company.IsSample);

        var (_, search) = await GetPageAsync("/jobs?sort=newest");
        var cards = search.QuerySelectorAll("li.posting").ToList();
        Assert.Equal("Real Django Developer", cards[0].QuerySelector("h3 a")!.TextContent);
        Assert.Null(cards[0].QuerySelector(".sample-badge"));
        Assert.All(cards.Skip(1), card => Assert.Equal("Sample", card.QuerySelector("h3 .sample-badge")?.TextContent));

        var (_, home) = await GetPageAsync("/");
        Assert.NotEmpty(home.QuerySelectorAll("li.posting .sample-badge"));

        var (_, posting) = await GetPageAsync($"/jobs/{sample.Id}/{sample.Slug}");
        Assert.Contains("sample posting", posting.QuerySelector(".sample-notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("noindex", posting.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(posting.QuerySelector("script[type='application/ld+json']"));

        var (_, company) = await GetPageAsync($"/companies/{sample.Company.Slug}");
        Assert.Contains("sample company", company.QuerySelector(".sample-notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("noindex", company.QuerySelector("meta[name=robots]")?.GetAttribute("content"));

        var (_, realPage) = await GetPageAsync($"/jobs/{real.Id}/{real.Slug}");
        Assert.Null(realPage.QuerySelector(".sample-notice"));
        Assert.NotNull(realPage.QuerySelector("script[type='application/ld+json']"));

        var sitemap = await Site.CreateClient().GetStringAsync(new Uri("/sitemap-1.xml", UriKind.Relative));
        Assert.Contains($"/jobs/{real.Id}/{real.Slug}", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain($"/jobs/{sample.Id}/", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain($"/companies/{sample.Company.Slug}<", sitemap, StringComparison.Ordinal);

        var feed = XDocument.Parse(await Site.CreateClient().GetStringAsync(new Uri("/jobs/feed.xml", UriKind.Relative)));
        var titles = feed.Descendants("item").Select(item => item.Element("title")!.Value).ToList();
        Assert.Equal("Real Django Developer at Snake Oil GmbH", titles[0]);
        Assert.All(titles.Skip(1), title => Assert.StartsWith("Sample: ", title, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Development", null, true)]
    [InlineData("Development", "false", false)]
    [InlineData("Staging", null, false)]
    [InlineData("Staging", "true", true)]
    [InlineData("Production", null, false)]
    [InlineData("Production", "true", false)]
    public void Samples_fill_an_empty_board_in_development_unless_turned_off_and_never_in_production(string environment, string? setting, bool fills)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(setting is null ? [] : [new KeyValuePair<string, string?>(SampleBoardSetting.Key, setting)])
            .Build();

        Assert.Equal(fills, SampleBoardSetting.FillsEmptyBoard(new HostingEnvironment { EnvironmentName = environment }, configuration));
    }

    private async Task<int> FillAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SampleBoard>().FillIfEmptyAsync();
    }
}
