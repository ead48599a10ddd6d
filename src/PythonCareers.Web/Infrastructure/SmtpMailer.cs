using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using PythonCareers.Core.Mail;

namespace PythonCareers.Web.Infrastructure;

/// <summary>Sends through an SMTP server with MailKit, when Email:SmtpHost is set.</summary>
public sealed class SmtpMailer(IOptions<EmailOptions> options) : IMailer
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // Short of MailKit's two minutes: the mail stays locked for its sender while the server is waited for.
        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(30).TotalMilliseconds };
        await client.ConnectAsync(settings.SmtpHost ?? "", settings.SmtpPort, SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        if (settings.SmtpUser is not null)
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(MailMessages.Create(settings.From, mail), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
