using System.Text.Json.Nodes;

namespace PythonCareers.Web.Features.Companies;

/// <summary>
/// schema.org Organization structured data of a company page. System.Text.Json's default encoder escapes &lt; &gt; &amp; and
/// quotes, so nothing in a profile can close the script element it is written into.
/// </summary>
public static class CompanyJsonLd
{
    public static string For(CompanyPageViewModel company, Uri url)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(url);
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Organization",
            ["name"] = company.Name,
            ["description"] = company.Description,
            ["url"] = url.AbsoluteUri,
        };
        if (company.SafeWebsite is { } website)
        {
            json["sameAs"] = website;
        }

        return json.ToJsonString();
    }
}
