using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;

namespace PythonCareers.Core.Tests.Jobs;

public sealed class JobSearchCriteriaTests
{
    [Theory]
    [InlineData(Workplace.OnSite, "on-site")]
    [InlineData(Workplace.Remote, "remote")]
    public void Workplaces_are_kebab_case_in_urls(Workplace workplace, string token)
    {
        Assert.Equal(token, SearchToken.Of(workplace));
        Assert.True(SearchToken.TryParse<Workplace>(token.ToUpperInvariant(), out var parsed));
        Assert.Equal(workplace, parsed);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("OnSite")]
    [InlineData("")]
    [InlineData(null)]
    public void Numbers_and_member_names_are_not_tokens(string? token) => Assert.False(SearchToken.TryParse<Workplace>(token, out _));

    [Fact]
    public void Choices_read_as_a_sentence() =>
        Assert.Equal("full-time, part-time, contract, freelance or internship", SearchToken.Choices<EmploymentType>());

    [Fact]
    public void The_query_string_is_lower_case_and_leaves_defaults_out()
    {
        var query = new JobSearchQuery { Q = " django & flask ", Country = "DE", Workplace = "Remote", Currency = "EUR", Salary = "60,000", Sort = "relevance", Page = "2" };

        var criteria = query.ToCriteria();

        Assert.Equal("django & flask", criteria.Text);
        Assert.Equal("DE", criteria.CountryCode);
        Assert.Equal(60_000m, criteria.SalaryFloor);
        Assert.Equal("q=django%20%26%20flask&country=de&workplace=remote&currency=eur&salary=60000&page=2", criteria.ToQueryString());
    }

    [Theory]
    [InlineData(null, null, JobSearchSort.Newest)]
    [InlineData("django", null, JobSearchSort.Relevance)]
    [InlineData(null, "relevance", JobSearchSort.Newest)]
    [InlineData("django", "newest", JobSearchSort.Newest)]
    [InlineData(null, "salary", JobSearchSort.Salary)]
    public void Relevance_is_the_default_only_with_words(string? text, string? sort, JobSearchSort expected) =>
        Assert.Equal(expected, new JobSearchQuery { Q = text, Sort = sort }.ToCriteria().Sort);
}
