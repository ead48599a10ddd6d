using System.Globalization;
using Microsoft.AspNetCore.Identity;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Common;

namespace PythonCareers.Web.Features.Accounts;

/// <summary>
/// Refuses passwords that are easy to guess though long enough (OWASP ASVS 6.2.4), with zxcvbn: the 30,000 most common
/// leaked passwords, English words, names, keyboard walks, repeats, sequences and dates, and the account's own email and
/// company as words. No composition rules (ASVS 6.2.5).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<CareerUser>
{
    /// <summary>zxcvbn's score 3 and above: at least about 10^10 guesses.</summary>
    private const int LowestScore = 3;

    /// <summary>zxcvbn tries every substring, so its cost grows with the square of the length: beyond this it judges the start.</summary>
    private const int JudgedLength = 100;

    private static readonly Zxcvbn.Zxcvbn Estimator = new();

    /// <summary>zxcvbn 1.x knows the years up to 2019 only; every year people put in passwords counts as a word.</summary>
    private static readonly string[] Years = [.. Enumerable.Range(1900, 200).Select(year => year.ToString(CultureInfo.InvariantCulture))];

    private static readonly char[] WordSeparators = ['@', '.', '-', '_', '+', ' ', ',', '&'];

    public Task<IdentityResult> ValidateAsync(UserManager<CareerUser> manager, CareerUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var judged = RepeatedChunk(password);
        var result = Estimator.EvaluatePassword(PlainText.Shorten(judged, JudgedLength), [.. OwnWords(user), .. Years]);
        return Task.FromResult(result.Score < LowestScore
            ? IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "This password is too easy to guess. A few unrelated words make a strong one." })
            : IdentityResult.Success);
    }

    /// <summary>The account's email, its parts and the company's name: guessers try them first.</summary>
    private static IEnumerable<string> OwnWords(CareerUser user)
    {
        string?[] phrases = [user.Email, user.Company?.Name];
        return phrases.OfType<string>()
            .SelectMany(phrase => phrase.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries).Prepend(phrase))
            .Where(word => word.Length >= 3);
    }

    /// <summary>
    /// A password that is one chunk over and over ("arturarturartur") is no harder to guess than the chunk, which zxcvbn 1.x
    /// sees only for a single repeated character.
    /// </summary>
    private static string RepeatedChunk(string password)
    {
        for (var length = 1; length <= password.Length / 2; length++)
        {
            if (password.AsSpan(length).SequenceEqual(password.AsSpan(0, password.Length - length)))
            {
                return password[..length];
            }
        }

        return password;
    }
}
