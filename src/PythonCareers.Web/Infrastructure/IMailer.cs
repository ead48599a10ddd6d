using PythonCareers.Core.Mail;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// How the outbox sender hands a mail to the world: an SMTP server, or a folder of .eml files. Nothing else sends mail:
/// features queue it with <see cref="MailOutbox"/>, in the transaction of the change that causes it.
/// </summary>
public interface IMailer
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
