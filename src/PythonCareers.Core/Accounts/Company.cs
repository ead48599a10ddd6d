using PythonCareers.Core.Common;

namespace PythonCareers.Core.Accounts;

/// <summary>The employer a recruiter posts for.</summary>
public sealed class Company
{
    public const int NameMaxLength = 120;
    public const int WebsiteMaxLength = 300;
    public const int DescriptionMaxLength = 1000;

    private Company()
    {
    }

    public Company(string name, Uri website, string description)
    {
        ArgumentNullException.ThrowIfNull(website);
        Name = Guard.Text(name, "The company name", NameMaxLength);
        Website = WebAddress.IsValid(website.OriginalString) && website.OriginalString.Length <= WebsiteMaxLength
            ? website.OriginalString
            : throw new DomainRuleException("The company website must be an absolute http or https address.");
        Description = Guard.Text(description, "The company description", DescriptionMaxLength);
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public string Website { get; private set; } = "";

    public string Description { get; private set; } = "";
}
