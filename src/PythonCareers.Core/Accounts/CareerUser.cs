using Microsoft.AspNetCore.Identity;

namespace PythonCareers.Core.Accounts;

/// <summary>A signed-in person: a recruiter (with a company), an editor or an admin. Job seekers need no account.</summary>
public sealed class CareerUser : IdentityUser
{
    public int? CompanyId { get; set; }

    public Company? Company { get; set; }

    public DateTime CreatedAt { get; set; }
}
