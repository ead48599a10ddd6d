using Microsoft.AspNetCore.Identity;

namespace PythonCareers.Core.Accounts;

/// <summary>A signed-in person: a recruiter (with a company), an editor or an admin. Job seekers need no account.</summary>
public sealed class CareerUser : IdentityUser
{
    public int? CompanyId { get; set; }

    public Company? Company { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>An admin's lock never ends; a lock after failed sign-ins ends after 15 minutes.</summary>
    public bool IsLockedByAdmin => LockoutEnd == AdminLockEnd;

    /// <summary>How an admin's lock is stored: a lockout that ends at the end of time.</summary>
    public static DateTimeOffset AdminLockEnd => DateTimeOffset.MaxValue;
}
