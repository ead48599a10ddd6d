using System.Globalization;
using MimeKit;
using PythonCareers.Core.Mail;

namespace PythonCareers.Web.Infrastructure;

/// <summary>A plain-text message from the site, as both mailers send it.</summary>
internal static class MailMessages
{
    /// <summary>
    /// The message for <paramref name="mail"/>. Its Message-ID comes from the outbox row, so that if a sender dies after
    /// the server took a mail but before it recorded that, the second copy carries the same id and mail clients drop it.
    /// </summary>
    public static MimeMessage Create(string from, OutgoingMail mail)
    {
        var sender = MailboxAddress.Parse(from);
        var message = new MimeMessage { Subject = mail.Subject, Body = new TextPart("plain") { Text = mail.Body } };
        message.From.Add(sender);
        message.To.Add(MailboxAddress.Parse(mail.Recipient));
        message.MessageId = string.Create(CultureInfo.InvariantCulture, $"outbox-{mail.Id}-{mail.QueuedAt.Ticks}@{sender.Domain}");
        if (mail.Unsubscribe is { } unsubscribe)
        {
            // RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to the address.
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        return message;
    }
}
