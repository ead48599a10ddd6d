using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PythonCareers.Core;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Common;
using PythonCareers.Core.Mail;
using PythonCareers.Web.Features.Admin.Moderation;
using PythonCareers.Web.Features.Home;
using PythonCareers.Web.Features.Recruiter.Postings;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Accounts;

[Route("account")]
public sealed partial class AccountsController(
    UserManager<CareerUser> users,
    SignInManager<CareerUser> signIn,
    AppDbContext db,
    MailOutbox outbox,
    TimeProvider clock,
    AccountLinks links,
    IOptions<IdentityOptions> identity,
    BoardMetrics metrics,
    ILogger<AccountsController> logger) : Controller
{
    [HttpGet("sign-up")]
    public IActionResult SignUp() => View(new SignUpForm());

    [HttpPost("sign-up")]
    [EnableRateLimiting(RateLimits.SignUp)]
    public async Task<IActionResult> SignUp(SignUpForm form, [FromServices] IPasswordHasher<CareerUser> hasher)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return Invalid(form);
        }

        var recruiter = new CareerUser
        {
            UserName = form.Email,
            Email = form.Email,
            Company = new Company(form.CompanyName!, new Uri(form.CompanyWebsite!), form.CompanyDescription!),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var owner = await users.FindByEmailAsync(form.Email!);
        if (owner is null)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var created = await users.CreateAsync(recruiter, form.Password!);
            if (!created.Succeeded)
            {
                created.AddTo(ModelState, nameof(form.Password), nameof(form.Email), FormRules.EmailMessage);
                return Invalid(form);
            }

            var joined = await users.AddToRoleAsync(recruiter, CareerRoles.Recruiter);
            if (!joined.Succeeded)
            {
                throw new InvalidOperationException($"The Recruiter role could not be given: {string.Join(" ", joined.Errors.Select(e => e.Description))}");
            }

            await QueueConfirmationAsync(recruiter);
            await transaction.CommitAsync();
            LogSignedUp(logger, recruiter.Id);
        }
        else
        {
            // The same password checks and the same cost (one hash) as for a new account, then the same page: the answer
            // never tells whether an address has an account. Its owner hears of the attempt instead.
            var checkedPassword = await CheckNewPasswordAsync(recruiter, form.Password!);
            if (!checkedPassword.Succeeded)
            {
                checkedPassword.AddTo(ModelState, nameof(form.Password), nameof(form.Email), FormRules.EmailMessage);
                return Invalid(form);
            }

            _ = hasher.HashPassword(recruiter, form.Password!);
            outbox.Queue(
                owner.Email!,
                "Someone tried to sign up to PythonCareers with your address",
                $"Someone tried to create a PythonCareers recruiter account with this address, which already has one. Nothing was changed.\n\nIf it was you, sign in here:\n\n{links.SignIn()}\n\nIf you have forgotten your password, choose a new one here:\n\n{links.ForgotPassword()}\n\nIf it was not you, ignore this email.");
            await db.SaveChangesAsync();
            LogSignUpForTakenAddress(logger, owner.Id);
        }

        ViewData["Title"] = "Check your email";
        return View("Message", "We have sent a message to that address. Follow the link in it to confirm the address, then sign in.");
    }

    /// <summary>
    /// The emailed link shows a button and changes nothing: mail scanners open links on their own, and must not confirm
    /// an address for whoever signed up with it.
    /// </summary>
    [HttpGet("confirm-email")]
    public IActionResult ConfirmEmail(string? email, string? token)
    {
        var form = new ConfirmEmailForm { Email = email, Token = token };
        return ModelState.IsValid ? View(form) : Invalid(form);
    }

    [HttpPost("confirm-email")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> ConfirmEmail(ConfirmEmailForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = ModelState.IsValid && form.Email is { Length: <= FormRules.EmailMaxLength } && form.Token is { Length: <= FormRules.TokenMaxLength }
            ? await users.FindByEmailAsync(form.Email)
            : null;
        var result = user is null ? IdentityResult.Failed() : await users.ConfirmEmailAsync(user, form.Token!);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Title"] = "This link does not work";
            return View("Message", "This link has expired or is incomplete. Sign in with your email and password and we will send you a new one.");
        }

        ViewData["Title"] = "Your address is confirmed";
        return View("Message", "Your address is confirmed. You can sign in now.");
    }

    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl) =>
        ModelState.IsValid ? View(new SignInForm { ReturnUrl = LocalOrNull(returnUrl) }) : Invalid(new SignInForm());

    [HttpPost("sign-in")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> SignIn(SignInForm form, [FromServices] PasswordSignIn passwordSignIn)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.ReturnUrl = LocalOrNull(form.ReturnUrl);
        if (!ModelState.IsValid)
        {
            return Invalid(form);
        }

        var (outcome, user) = await passwordSignIn.SignInAsync(form.Email!, form.Password!);
        if (outcome != SignInOutcome.SignedIn)
        {
            metrics.SignInFailed(outcome.ToString());
        }

        switch (outcome)
        {
            case SignInOutcome.NoMatch:
                LogSignInFailed(logger);
                ModelState.AddModelError(nameof(form.Password), "That email and password do not match an account.");
                return Invalid(form);
            case SignInOutcome.LockedByAdmin:
                LogLockedOut(logger);
                ModelState.AddModelError(nameof(form.Email), "An administrator has locked this account. Write to the PythonCareers team if you think this is a mistake.");
                return Invalid(form);
            case SignInOutcome.LockedAfterFailures:
                LogLockedOut(logger);
                ModelState.AddModelError(
                    nameof(form.Email),
                    $"After {identity.Value.Lockout.MaxFailedAccessAttempts} wrong passwords in a row this account is locked for {identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes:0} minutes. Wait, or reset your password to unlock it now.");
                return Invalid(form);
            case SignInOutcome.EmailNotConfirmed:
                await QueueConfirmationAsync(user!);
                ModelState.AddModelError(nameof(form.Email), "Confirm your email address first: we have sent you a new link.");
                return Invalid(form);
        }

        LogSignedIn(logger, user!.Id);
        if (form.ReturnUrl is not null)
        {
            return LocalRedirect(form.ReturnUrl);
        }

        return await users.IsInRoleAsync(user, CareerRoles.Recruiter)
            ? RedirectToAction(nameof(PostingsController.Index), "Postings", new { area = "Recruiter" })
            : RedirectToAction(nameof(ModerationController.Index), "Moderation", new { area = "Admin" });
    }

    [HttpPost("sign-out")]
    [Authorize]
    public async Task<IActionResult> SignOutEverywhere()
    {
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            // A new security stamp ends this session everywhere, not just in this browser (ASVS 7.4.1).
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return RedirectToAction(nameof(HomeController.Index), "Home");
    }

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordForm());

    [HttpPost("forgot-password")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return Invalid(form);
        }

        if (await users.FindByEmailAsync(form.Email!) is { } user)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = links.ResetPassword(user.Email!, token);
            outbox.Queue(user.Email!, "Reset your PythonCareers password", $"Someone asked to reset the password of this account. If it was you, choose a new one here:\n\n{link}\n\nIf it was not you, ignore this email.");
            await db.SaveChangesAsync();
        }

        // The same answer whether or not the account exists, so the form cannot be used to find accounts.
        return View("Message", "If an account uses that address, we have sent it a link to choose a new password.");
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? email, string? token)
    {
        var form = new ResetPasswordForm { Email = email, Token = token };
        return ModelState.IsValid ? View(form) : Invalid(form);
    }

    [HttpPost("reset-password")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return Invalid(form);
        }

        // The link came by email, so the address is proven. A new password ends a lockout from failed sign-ins, but never a
        // lock an admin put on the account. Set before the reset, so that one save stores them with the new password.
        var user = await users.FindByEmailAsync(form.Email!);
        if (user is not null)
        {
            user.EmailConfirmed = true;
            if (!user.IsLockedByAdmin)
            {
                user.LockoutEnd = null;
            }
        }

        var result = user is null ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken()) : await users.ResetPasswordAsync(user, form.Token!, form.Password!);
        if (!result.Succeeded)
        {
            // One message for an unknown address and a bad token alike, so the form cannot be used to find accounts.
            result.AddTo(ModelState, nameof(form.Password), nameof(form.Email), "This link has expired or was already used: ask for a new one.");
            return Invalid(form);
        }

        return View("Message", "Your password is changed. You can sign in with it now.");
    }

    /// <summary>Identity's password validators (length, zxcvbn) on their own, as <see cref="UserManager{TUser}.CreateAsync(TUser, string)"/> runs them.</summary>
    private async Task<IdentityResult> CheckNewPasswordAsync(CareerUser user, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var passwordValidator in users.PasswordValidators)
        {
            errors.AddRange((await passwordValidator.ValidateAsync(users, user, password)).Errors);
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    /// <summary>Queues the link that confirms <paramref name="user"/>'s address and saves it (in the caller's transaction, if any).</summary>
    private async Task QueueConfirmationAsync(CareerUser user)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        outbox.Queue(
            user.Email!,
            "Confirm your PythonCareers account",
            $"Follow this link to confirm your address and finish creating your PythonCareers recruiter account:\n\n{links.ConfirmEmail(user.Email!, token)}\n\nIf you did not sign up, ignore this email: the account cannot be used without it.");
        await db.SaveChangesAsync();
    }

    /// <summary>Only a path on this site may be carried to after sign-in: never another host, "//host", "/\\host" or control characters.</summary>
    private string? LocalOrNull(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : null;

    private ViewResult Invalid(object form)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recruiter {UserId} signed up")]
    private static partial void LogSignedUp(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "A sign-up used the address of user {UserId}, who was told by email")]
    private static partial void LogSignUpForTakenAddress(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} signed in")]
    private static partial void LogSignedIn(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A sign-in failed")]
    private static partial void LogSignInFailed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A sign-in was refused: the account is locked out")]
    private static partial void LogLockedOut(ILogger logger);
}
