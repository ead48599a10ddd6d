using System.Globalization;
using System.Text.Json.Nodes;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Features.Skills;

namespace PythonCareers.Web.Features.Jobs;

/// <summary>
/// schema.org JobPosting structured data for an open posting. System.Text.Json's default encoder escapes &lt; &gt; &amp; and
/// quotes, so nothing in a posting can close the script element it is written into.
/// </summary>
public static class JobPostingJsonLd
{
    public static string For(PostingPage posting, string descriptionHtml, IEnumerable<SkillLink> skills, Uri url)
    {
        ArgumentNullException.ThrowIfNull(posting);
        ArgumentNullException.ThrowIfNull(url);
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "JobPosting",
            ["title"] = posting.Title,
            ["description"] = descriptionHtml,
            ["url"] = url.AbsoluteUri,
            ["identifier"] = new JsonObject
            {
                ["@type"] = "PropertyValue",
                ["name"] = "PythonCareers",
                ["value"] = posting.Id.ToString(CultureInfo.InvariantCulture),
            },
            ["datePosted"] = JobDates.Machine(posting.PublishedAt),
            ["validThrough"] = JobDates.Machine(posting.ExpiresAt),
            ["employmentType"] = EmploymentTypeName(posting.EmploymentType),
            ["hiringOrganization"] = new JsonObject
            {
                ["@type"] = "Organization",
                ["name"] = posting.CompanyName,
                ["sameAs"] = posting.CompanyWebsite,
            },
            ["jobLocation"] = new JsonObject
            {
                ["@type"] = "Place",
                ["address"] = new JsonObject
                {
                    ["@type"] = "PostalAddress",
                    ["addressLocality"] = posting.City,
                    ["addressCountry"] = posting.CountryCode,
                },
            },
            ["baseSalary"] = new JsonObject
            {
                ["@type"] = "MonetaryAmount",
                ["currency"] = posting.Currency,
                ["value"] = new JsonObject
                {
                    ["@type"] = "QuantitativeValue",
                    ["minValue"] = Amount(posting.SalaryMin),
                    ["maxValue"] = Amount(posting.SalaryMax),
                    ["unitText"] = posting.SalaryPeriod.ToString().ToUpperInvariant(),
                },
            },
            ["skills"] = string.Join(", ", skills.Select(s => s.Name)),
            ["directApply"] = false,
        };

        if (posting.Workplace == Workplace.Remote)
        {
            json["jobLocationType"] = "TELECOMMUTE";
            json["applicantLocationRequirements"] = new JsonArray([
                .. posting.RemoteCountries.Select(code => (JsonNode)new JsonObject { ["@type"] = "Country", ["name"] = IsoCodes.CountryName(code) })]);
        }

        return json.ToJsonString();
    }

    /// <summary>The values Google and schema.org list for employmentType.</summary>
    public static string EmploymentTypeName(EmploymentType type) => type switch
    {
        EmploymentType.FullTime => "FULL_TIME",
        EmploymentType.PartTime => "PART_TIME",
        EmploymentType.Internship => "INTERN",
        _ => "CONTRACTOR",
    };

    /// <summary>70000 rather than 70000.00: the database keeps two decimals, the structured data needs none.</summary>
    private static JsonValue Amount(decimal amount) =>
        decimal.Truncate(amount) == amount ? JsonValue.Create((long)amount) : JsonValue.Create(amount);
}
