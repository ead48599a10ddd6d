using System.Text.RegularExpressions;
using PythonCareers.Core.Market;
using PythonCareers.Web.Features.Salaries;
using PythonCareers.Web.Features.Skills;

namespace PythonCareers.Web.Features.Roles;

/// <summary>How the comparison page sets two roles side by side: what they share, and their pay paired row by row.</summary>
public static partial class RoleComparison
{
    /// <summary>
    /// Each role's responsibilities in their own order, marked where the other role lists the same duty. The model has no kind
    /// of responsibility to match on, so a duty is shared when its text is the same once case, runs of spaces and a closing
    /// full stop are set aside: editors write each role's list on its own, and "Write technical documentation." in one is the
    /// same duty as "write technical  documentation" in the other, while a rewording is a different duty.
    /// </summary>
    public static (IReadOnlyList<DutyView> First, IReadOnlyList<DutyView> Second) MarkSharedDuties(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var firstKeys = first.Select(DutyKey).ToHashSet(StringComparer.Ordinal);
        var secondKeys = second.Select(DutyKey).ToHashSet(StringComparer.Ordinal);
        return (
            [.. first.Select(text => new DutyView(text, secondKeys.Contains(DutyKey(text))))],
            [.. second.Select(text => new DutyView(text, firstKeys.Contains(DutyKey(text))))]);
    }

    /// <summary>The skills both roles need, in the first role's order, and those only one of them needs.</summary>
    public static (IReadOnlyList<SkillLink> Both, IReadOnlyList<SkillLink> FirstOnly, IReadOnlyList<SkillLink> SecondOnly) SplitSkills(
        IReadOnlyList<SkillLink> first, IReadOnlyList<SkillLink> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var firstSlugs = first.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        var secondSlugs = second.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        return (
            [.. first.Where(s => secondSlugs.Contains(s.Slug))],
            [.. first.Where(s => !secondSlugs.Contains(s.Slug))],
            [.. second.Where(s => !firstSlugs.Contains(s.Slug))]);
    }

    /// <summary>
    /// A row for every country, kind, level, period and currency that either role has a current figure for, in the order
    /// the salary pages list figures, each side holding that role's figures for the row (none: "no figure").
    /// </summary>
    public static IReadOnlyList<CitedPayRow> PairCitedPay(IReadOnlyList<SalaryFigureView> first, IReadOnlyList<SalaryFigureView> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var firstByRow = first.ToLookup(RowOf);
        var secondByRow = second.ToLookup(RowOf);
        return [.. SalaryFigureView.InDisplayOrder(first.Concat(second))
            .Select(RowOf)
            .Distinct()
            .Select(row => new CitedPayRow(row.CountryCode, row.Kind, row.Level, row.Period, row.Currency, [.. firstByRow[row]], [.. secondByRow[row]]))];
    }

    /// <summary>
    /// A row for every country, level, kind of work and currency where either role has a figure of the posted-salary index,
    /// employed work first, then by country, level and currency, each side holding that role's figure or none.
    /// </summary>
    public static IReadOnlyList<PostedPayRow> PairPostedPay(IReadOnlyList<PostedPay> first, IReadOnlyList<PostedPay> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        static (string CountryCode, Core.Jobs.JobLevel Level, Core.Salaries.EmploymentKind Kind, string Currency) CellOf(PostedPay pay) =>
            (pay.CountryCode, pay.Level, pay.Kind, pay.Currency);
        var firstByCell = first.ToDictionary(CellOf);
        var secondByCell = second.ToDictionary(CellOf);
        return [.. firstByCell.Keys.Union(secondByCell.Keys)
            .Select(cell => new PostedPayRow(cell.CountryCode, cell.Level, cell.Kind, cell.Currency, firstByCell.GetValueOrDefault(cell), secondByCell.GetValueOrDefault(cell)))
            .OrderBy(row => row.Kind)
            .ThenBy(row => row.CountryName, StringComparer.Ordinal)
            .ThenBy(row => row.Level)
            .ThenBy(row => row.Currency, StringComparer.Ordinal)];
    }

    /// <summary>The two slugs in the one order the canonical address of their comparison uses: alphabetical.</summary>
    public static (string First, string Second) CanonicalOrder(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static (string? CountryCode, Core.Salaries.EmploymentKind Kind, Core.Salaries.CareerLevel Level, Core.Salaries.PayPeriod Period, string Currency) RowOf(SalaryFigureView figure) =>
        (figure.CountryCode, figure.Kind, figure.Level, figure.Period, figure.Currency);

    private static string DutyKey(string text) => Spaces().Replace(text.Trim().TrimEnd('.').Trim(), " ").ToUpperInvariant();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
