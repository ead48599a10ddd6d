using PythonCareers.Core.Common;

namespace PythonCareers.Core.Accounts;

/// <summary>The employer a recruiter posts for, with its public page at /companies/{slug}.</summary>
public sealed class Company
{
    public const int NameMaxLength = 120;
    public const int WebsiteMaxLength = 300;
    public const int DescriptionMaxLength = 1000;

    private Company()
    {
    }

    public Company(string name, Uri website, string description) => Update(name, website, description);

    /// <summary>A made-up company for the sample board (see <see cref="Content.SampleBoard"/>).</summary>
    public static Company Sample(string name, Uri website, string description) => new(name, website, description) { IsSample = true };

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>
    /// The page's URL name, chosen by the database when the company is stored (from the name, with "-2", "-3" ... when it
    /// is taken; trigger companies_choose_slug, migration CompanySlugs) so that two sign-ups at once cannot pick the same
    /// one. It stays when the company is renamed, so links to the page keep working.
    /// </summary>
    public string Slug { get; private set; } = "";

    public string Website { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>Made up for a first look at the board in development: every page that shows the company or its postings says so.</summary>
    public bool IsSample { get; private set; }

    /// <summary>The recruiter's edit of the profile, under the rules of the sign-up form.</summary>
    public void Update(string name, Uri website, string description)
    {
        ArgumentNullException.ThrowIfNull(website);
        Name = Guard.Text(name, "The company name", NameMaxLength);
        Website = WebAddress.IsValid(website.OriginalString) && website.OriginalString.Length <= WebsiteMaxLength
            ? website.OriginalString
            : throw new DomainRuleException("The company website must be an absolute http or https address.");
        Description = Guard.Text(description, "The company description", DescriptionMaxLength);
    }
}
