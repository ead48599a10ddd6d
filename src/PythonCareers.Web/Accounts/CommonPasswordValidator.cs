using Microsoft.AspNetCore.Identity;
using PythonCareers.Core.Accounts;

namespace PythonCareers.Web.Accounts;

/// <summary>
/// Refuses passwords that are easy to guess though long enough (OWASP ASVS 6.2.4): common phrases and keyboard runs,
/// one character repeated, and passwords that contain the account's own email name. No composition rules (ASVS 6.2.5).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<CareerUser>
{
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "12345678901234", "123456789012345", "1234567890qwerty", "qwertyuiop123", "qwertyuiopasdf",
        "qwertyuiopasdfgh", "qwertyuiopasdfghjkl", "1q2w3e4r5t6y", "1q2w3e4r5t6y7u", "1qaz2wsx3edc", "1qaz2wsx3edc4rfv", "zaq12wsxcde3",
        "passwordpassword", "password1234", "password12345", "password123456", "password123!", "passw0rd1234", "p@ssw0rd1234",
        "iloveyou1234", "iloveyouiloveyou", "letmein12345", "welcome12345", "welcome123456", "administrator", "administrator1",
        "changeme1234", "trustno1trustno1", "abcdefghijkl", "abcdefghijklm", "abc123abc123", "abcd1234abcd1234", "aaaaaaaaaaaa",
        "000000000000", "111111111111", "112233445566", "123123123123", "123321123321", "987654321098", "0987654321qwerty",
        "monkeymonkey", "football1234", "baseball1234", "superman1234", "dragondragon", "sunshine1234", "princess1234",
        "pythoncareers", "pythoncareers1", "python123456", "pythonpython", "pythonprogrammer", "correcthorsebatterystaple",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<CareerUser> manager, CareerUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var emailName = user.Email?.Split('@')[0] ?? "";
        var guessable = Common.Contains(password)
            || password.Distinct().Count() <= 2
            || (emailName.Length >= 4 && password.Contains(emailName, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(guessable
            ? IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "This password is too easy to guess. A few unrelated words make a strong one." })
            : IdentityResult.Success);
    }
}
