namespace PythonCareers.Web.Infrastructure;

/// <summary>The one way the site sends email: password resets, moderation decisions, the first admin's invitation.</summary>
public interface IMailer
{
    Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default);
}
