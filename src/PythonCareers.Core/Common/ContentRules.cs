using Microsoft.EntityFrameworkCore;

namespace PythonCareers.Core.Common;

/// <summary>Rules the editors' forms for roles, skills and career areas share.</summary>
public static class ContentRules
{
    public const int HighestSortOrder = 10_000;

    public static readonly string SlugMessage =
        $"Use lower-case letters, digits and single hyphens, such as data-scientist (at most {Slug.MaxLength} characters).";

    /// <summary>Whether every id in <paramref name="ids"/> is one of <paramref name="existing"/> (checkbox lists only offer real ones).</summary>
    public static async Task<bool> AllExistAsync(IQueryable<int> existing, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0 || await existing.CountAsync(id => wanted.Contains(id), cancellationToken) == wanted.Count;
    }

    /// <summary>Names in a sentence: "A", "A and B", "A, B and C".</summary>
    public static string Sentence(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
    }
}
