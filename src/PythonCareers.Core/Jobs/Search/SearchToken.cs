using System.Collections.Frozen;
using System.Text;

namespace PythonCareers.Core.Jobs.Search;

/// <summary>
/// How enum values appear in search URLs: the member name in lower-case kebab case (OnSite → on-site,
/// FullTime → full-time). Parsing ignores case, so hand-typed URLs work; links always use the lower-case form.
/// </summary>
public static class SearchToken
{
    public static string Of<T>(T value)
        where T : struct, Enum => Tokens<T>.ByValue[value];

    public static bool TryParse<T>(string? token, out T value)
        where T : struct, Enum => Tokens<T>.ByToken.TryGetValue(token ?? "", out value);

    public static IReadOnlyList<T> All<T>()
        where T : struct, Enum => Tokens<T>.Values;

    /// <summary>"on-site, hybrid or remote", for validation messages.</summary>
    public static string Choices<T>()
        where T : struct, Enum
    {
        var tokens = Tokens<T>.Values.Select(Of).ToList();
        return string.Join(", ", tokens[..^1]) + " or " + tokens[^1];
    }

    private static string KebabCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private static class Tokens<T>
        where T : struct, Enum
    {
        public static readonly IReadOnlyList<T> Values = Enum.GetValues<T>();

        public static readonly FrozenDictionary<T, string> ByValue = Values.ToFrozenDictionary(v => v, v => KebabCase(v.ToString()));

        public static readonly FrozenDictionary<string, T> ByToken = Values.ToFrozenDictionary(v => ByValue[v], v => v, StringComparer.OrdinalIgnoreCase);
    }
}
