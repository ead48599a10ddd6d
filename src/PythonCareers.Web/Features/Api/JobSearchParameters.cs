using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Web.Features.Api;

/// <summary>What each query parameter of the job search takes, for the OpenAPI document (the rules are JobSearchQueryValidator's).</summary>
public static class JobSearchParameters
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["q"] = $"Words to look for, in web search syntax (\"exact phrase\", or, -excluded); at most {JobSearchQuery.TextMaxLength} characters.",
        ["role"] = "A role's slug, as /api/v1/roles lists them.",
        ["country"] = "The two-letter ISO 3166 code of the country the job is based in, such as de or us.",
        ["workplace"] = $"{SearchToken.Choices<Workplace>()}.",
        ["type"] = $"The employment type: {SearchToken.Choices<EmploymentType>()}.",
        ["level"] = $"{SearchToken.Choices<JobLevel>()}.",
        ["skill"] = "A skill's slug, as /api/v1/skills lists them.",
        ["currency"] = "The three-letter ISO 4217 code of the pay, such as eur or usd: only postings paying in it. Needed with salary.",
        ["salary"] = $"The least yearly pay wanted in currency, a whole number above 0 and at most {Money.Number(JobSearchQuery.MaxSalary)}, matched against the top of each posting's range.",
        ["sort"] = $"{SearchToken.Choices<JobSearchSort>()}; relevance needs q, and is the default with it (newest without).",
        ["page"] = $"1 to {JobSearchQuery.MaxPage}, {JobSearchCriteria.PageSize} postings a page.",
    };

    public static string? Describe(string name) => Descriptions.GetValueOrDefault(name);
}
