using Microsoft.AspNetCore.Identity;
using PythonCareers.Core.Accounts;

namespace PythonCareers.Web.Features.Accounts;

/// <summary>
/// Checks an email and password so that the answer and its cost (one password hash) are the same whether the account
/// exists, is locked or not (ASVS 6.3.8): only someone with the right password learns that an account is locked, and why.
/// </summary>
public sealed class PasswordSignIn(UserManager<CareerUser> users, SignInManager<CareerUser> signIn, IPasswordHasher<CareerUser> hasher, UnknownAccountHash unknownAccount)
{
    public async Task<(SignInOutcome Outcome, CareerUser? User)> SignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user?.PasswordHash is null)
        {
            // No account, or one that never chose a password: a hash all the same, so the time taken tells nothing.
            hasher.VerifyHashedPassword(user ?? new CareerUser(), unknownAccount.Hash, password);
            return (SignInOutcome.NoMatch, null);
        }

        var matches = await users.CheckPasswordAsync(user, password);
        if (await users.IsLockedOutAsync(user))
        {
            // Failures while locked are not counted: they would turn an admin's lock into a 15-minute one.
            return (matches ? (user.IsLockedByAdmin ? SignInOutcome.LockedByAdmin : SignInOutcome.LockedAfterFailures) : SignInOutcome.NoMatch, null);
        }

        if (!matches)
        {
            await users.AccessFailedAsync(user);
            return (SignInOutcome.NoMatch, null);
        }

        if (!await signIn.CanSignInAsync(user))
        {
            return (SignInOutcome.EmailNotConfirmed, user);
        }

        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInAsync(user, isPersistent: false);
        return (SignInOutcome.SignedIn, user);
    }
}
