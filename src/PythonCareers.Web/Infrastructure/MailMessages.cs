using MimeKit;

namespace PythonCareers.Web.Infrastructure;

/// <summary>A plain-text message from the site, as both mailers send it.</summary>
internal static class MailMessages
{
    public static MimeMessage Create(string from, string recipient, string subject, string body)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = body } };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(recipient));
        return message;
    }
}
