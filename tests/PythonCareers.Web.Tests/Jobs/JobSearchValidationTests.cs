using System.Net;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Jobs;

public sealed class JobSearchValidationTests(CareersSite site) : SiteTest(site)
{
    public static TheoryData<string, string> BadQueries => new()
    {
        { "q=" + new string('a', 2_000), "q" },
        { "q=django%00", "q" },
        { "q=%1B%5B31m", "q" },
        { "role=astronaut", "role" },
        { "role=Data-Scientist", "role" },
        { "role=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "role" },
        { "role=" + new string('a', 5_000), "role" },
        { "skill=cobol", "skill" },
        { "skill=..%2F..%2Fetc%2Fpasswd", "skill" },
        { "country=ZZ", "country" },
        { "country=deu", "country" },
        { "country=%00", "country" },
        { "workplace=moon", "workplace" },
        { "workplace=2", "workplace" },
        { "workplace=OnSite", "workplace" },
        { "type=volunteer", "type" },
        { "level=principal", "level" },
        { "level=0", "level" },
        { "currency=XYZ&salary=50000", "currency" },
        { "currency=euro", "currency" },
        { "salary=50000", "currency" },
        { "salary=-5&currency=eur", "salary" },
        { "salary=0&currency=eur", "salary" },
        { "salary=abc&currency=eur", "salary" },
        { "salary=1e9&currency=eur", "salary" },
        { "salary=99999999999999999999999999999999&currency=eur", "salary" },
        { "sort=cheapest", "sort" },
        { "sort=%27%3B%20DROP%20TABLE%20job_postings%3B--", "sort" },
        { "page=0", "page" },
        { "page=-1", "page" },
        { "page=51", "page" },
        { "page=10000", "page" },
        { "page=99999999999999999999", "page" },
        { "page=abc", "page" },
        { "page=1.5", "page" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task A_bad_value_answers_400_with_the_form_and_the_message_next_to_its_field(string query, string field)
    {
        var (response, page) = await GetPageAsync("/jobs?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Check your job search | PythonCareers", page.Title);
        Assert.NotNull(page.QuerySelector("form.job-search"));
        var message = page.QuerySelector($"#{field}-error");
        Assert.False(string.IsNullOrWhiteSpace(message?.TextContent));
        if (field != "page")
        {
            var input = page.QuerySelector($"#{field}")!;
            Assert.Equal($"{field}-error", input.GetAttribute("aria-describedby"));
            Assert.Equal("true", input.GetAttribute("aria-invalid"));
            Assert.Equal(input.ParentElement, message!.ParentElement);
        }

        Assert.Contains(message!.TextContent, page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.Scripts);
        Assert.Null(page.QuerySelector(".results"));
    }

    [Fact]
    public async Task Every_bad_field_gets_its_own_message()
    {
        var (response, page) = await GetPageAsync("/jobs?workplace=moon&level=god&page=0&salary=10");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Choose on-site, hybrid or remote.", page.QuerySelector("#workplace-error")!.TextContent);
        Assert.Equal("Choose entry, mid, senior or lead.", page.QuerySelector("#level-error")!.TextContent);
        Assert.Equal("Pages run from 1 to 50.", page.QuerySelector("#page-error")!.TextContent);
        Assert.StartsWith("Choose the currency of the minimum salary", page.QuerySelector("#currency-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, page.QuerySelectorAll(".error-summary li").Length);
    }

    [Fact]
    public async Task The_refused_search_is_shown_back_as_typed_and_encoded()
    {
        var (_, page) = await GetPageAsync("/jobs?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&page=0");

        Assert.Equal("\"><script>alert(1)</script>", page.QuerySelector("#q")!.GetAttribute("value"));
        Assert.Empty(page.Scripts);
    }

    [Theory]
    [InlineData("/jobs?utm_source=newsletter&x=%3Cscript%3E")]
    [InlineData("/jobs?q=%20%20&sort=relevance")]
    [InlineData("/jobs?country=de&country=fr")]
    [InlineData("/jobs?page=%20&salary=%20")]
    [InlineData("/jobs?q=the%20and%20of")]
    public async Task Unknown_blank_or_repeated_parameters_are_not_errors(string path)
    {
        var (response, page) = await GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".results"));
    }

    [Theory]
    [InlineData("/jobs?q=&role=&country=&workplace=&type=&level=&skill=&currency=&salary=&sort=", "/jobs")]
    [InlineData("/jobs?q=django&role=&country=de&sort=relevance&page=", "/jobs?q=django&country=de")]
    [InlineData("/jobs?role=data-scientist&q=&sort=salary&currency=eur", "/jobs?role=data-scientist&currency=eur&sort=salary")]
    public async Task A_search_with_empty_fields_is_sent_on_to_its_address_without_them(string path, string address)
    {
        var (response, _) = await GetPageAsync(path);

        Assert.Equal((HttpStatusCode.Found, address), (response.StatusCode, response.Headers.Location?.OriginalString));
    }
}
