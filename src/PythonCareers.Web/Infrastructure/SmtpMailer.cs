using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace PythonCareers.Web.Infrastructure;

/// <summary>Sends through an SMTP server with MailKit, when Email:SmtpHost is set.</summary>
public sealed class SmtpMailer(IOptions<EmailOptions> options) : IMailer
{
    public async Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost ?? "", settings.SmtpPort, SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        if (settings.SmtpUser is not null)
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(MailMessages.Create(settings.From, recipient, subject, body), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
