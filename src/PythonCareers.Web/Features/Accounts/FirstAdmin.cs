using Microsoft.AspNetCore.Identity;
using PythonCareers.Core;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Mail;

namespace PythonCareers.Web.Features.Accounts;

/// <summary>
/// Creates the first admin from configuration (Admin:Email) without any password: the address gets a link to choose one.
/// Does nothing once any admin exists.
/// </summary>
public sealed partial class FirstAdmin(UserManager<CareerUser> users, AppDbContext db, MailOutbox outbox, AccountLinks links, TimeProvider clock, ILogger<FirstAdmin> logger)
{
    public async Task EnsureAsync(string email)
    {
        if ((await users.GetUsersInRoleAsync(CareerRoles.Admin)).Count > 0)
        {
            return;
        }

        // The admin and the mail with the link to choose a password are stored together, or neither is.
        await db.InOneTransactionAsync(
            async () =>
            {
                var admin = await users.FindByEmailAsync(email);
                if (admin is not null && await users.HasPasswordAsync(admin))
                {
                    // Anyone could have signed up with this address: its password goes (and with the stamp, every session), so
                    // only the owner of the mailbox, through the link below, becomes the admin.
                    await users.RemovePasswordAsync(admin);
                }
                else if (admin is null)
                {
                    admin = new CareerUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow().UtcDateTime };
                    var created = await users.CreateAsync(admin);
                    if (!created.Succeeded)
                    {
                        throw new InvalidOperationException($"Admin:Email could not be used: {string.Join(" ", created.Errors.Select(e => e.Description))}");
                    }
                }

                await users.AddToRoleAsync(admin, CareerRoles.Admin);
                var token = await users.GeneratePasswordResetTokenAsync(admin);
                outbox.Queue(email, "You are the PythonCareers admin", $"Choose your password here:\n\n{links.ResetPassword(email, token)}\n");
                return true;
            },
            CancellationToken.None);
        LogAdminCreated(logger);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the first admin from Admin:Email and queued a link to choose a password")]
    private static partial void LogAdminCreated(ILogger logger);
}
