using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace PythonCareers.Web.Infrastructure;

/// <summary>The one way the site sends email: password resets, moderation decisions, the first admin's invitation.</summary>
public interface IMailer
{
    Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default);
}

public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "PythonCareers <no-reply@pythoncareers.local>";

    /// <summary>Where .eml files go when no SMTP host is configured (relative paths are under the content root).</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }
}

/// <summary>
/// Writes each message as an .eml file, so development and tests can read what was sent. The messages hold password-reset
/// links, so on Unix the folder is made 0700 and each file 0600: only the site's own user can read them.
/// </summary>
public sealed class PickupFolderMailer(IOptions<EmailOptions> options, IWebHostEnvironment environment) : IMailer
{
    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public async Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(environment.ContentRootPath, options.Value.PickupDirectory);
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, PrivateFolder);
            file.UnixCreateMode = PrivateFile;
        }

        var message = Messages.Create(options.Value.From, recipient, subject, body);
        await using var stream = new FileStream(Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml"), file);
        await message.WriteToAsync(stream, cancellationToken);
    }
}

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

        await client.SendAsync(Messages.Create(settings.From, recipient, subject, body), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

internal static class Messages
{
    public static MimeMessage Create(string from, string recipient, string subject, string body)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = body } };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(recipient));
        return message;
    }
}
