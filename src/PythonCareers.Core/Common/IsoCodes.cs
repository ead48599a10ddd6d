using System.Collections.Frozen;
using System.Globalization;

namespace PythonCareers.Core.Common;

/// <summary>ISO 3166-1 alpha-2 countries and ISO 4217 currencies, as the platform's ICU data knows them.</summary>
public static class IsoCodes
{
    public const string CountrySqlPattern = "^[A-Z]{2}$";
    public const string CurrencySqlPattern = "^[A-Z]{3}$";

    private static readonly FrozenDictionary<string, RegionInfo> Countries = CultureInfo
        .GetCultures(CultureTypes.SpecificCultures)
        .Select(culture => new RegionInfo(culture.Name))
        .Where(region => region.TwoLetterISORegionName.Length == 2 && region.TwoLetterISORegionName.All(char.IsAsciiLetterUpper))
        .DistinctBy(region => region.TwoLetterISORegionName)
        .ToFrozenDictionary(region => region.TwoLetterISORegionName, StringComparer.Ordinal);

    private static readonly FrozenSet<string> Currencies = Countries.Values
        .Select(region => region.ISOCurrencySymbol)
        .Where(code => code.Length == 3 && code.All(char.IsAsciiLetterUpper))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every known country as (code, English name), sorted by name, for pickers.</summary>
    public static IReadOnlyList<(string Code, string Name)> AllCountries { get; } =
        [.. Countries.Select(c => (c.Key, c.Value.EnglishName)).OrderBy(c => c.EnglishName, StringComparer.Ordinal)];

    public static IReadOnlyList<string> AllCurrencies { get; } = [.. Currencies.Order(StringComparer.Ordinal)];

    public static bool IsCountry(string? code) => code is not null && Countries.ContainsKey(code);

    public static bool IsCurrency(string? code) => code is not null && Currencies.Contains(code);

    public static string CountryName(string code) =>
        Countries.TryGetValue(code, out var region) ? region.EnglishName : code;

    public static string RequireCountry(string? code) =>
        IsCountry(code) ? code! : throw new DomainRuleException($"'{code}' is not an ISO 3166 country code (two capital letters, such as US or DE).");

    public static string RequireCurrency(string? code) =>
        IsCurrency(code) ? code! : throw new DomainRuleException($"'{code}' is not an ISO 4217 currency code (three capital letters, such as USD or EUR).");
}
