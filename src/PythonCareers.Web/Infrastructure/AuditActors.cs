using System.Security.Claims;
using PythonCareers.Core.Audit;

namespace PythonCareers.Web.Infrastructure;

public static class AuditActors
{
    /// <summary>The signed-in user as the audit log names them.</summary>
    public static AuditActor ToAuditActor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new AuditActor(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name ?? "unknown");
    }
}
