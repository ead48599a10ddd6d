using Microsoft.Extensions.Options;
using PythonCareers.Core.Mail;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// Writes each message as an .eml file, so development and tests can read what was sent. The messages hold password-reset
/// links, so on Unix the folder is made 0700 and each file 0600: only the site's own user can read them.
/// </summary>
public sealed class PickupFolderMailer(IOptions<EmailOptions> options, IWebHostEnvironment environment) : IMailer
{
    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
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

        var message = MailMessages.Create(options.Value.From, mail);
        await using var stream = new FileStream(Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml"), file);
        await message.WriteToAsync(stream, cancellationToken);
    }
}
