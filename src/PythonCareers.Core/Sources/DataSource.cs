using PythonCareers.Core.Common;

namespace PythonCareers.Core.Sources;

/// <summary>Where a figure comes from: every salary and market figure names one, with its as-of date.</summary>
public sealed class DataSource
{
    public const int KeyMaxLength = 40;
    public const int TextMaxLength = 200;
    public const int UrlMaxLength = 500;

    private DataSource()
    {
    }

    public DataSource(string key, string publisher, string title, Uri? url, DateOnly asOf, DatePrecision asOfPrecision, DateOnly today)
    {
        Key = Slug.IsValid(key) && key.Length <= KeyMaxLength
            ? key
            : throw new DomainRuleException($"'{key}' is not a source key: use lower-case letters, digits and hyphens, at most {KeyMaxLength} characters.");
        Revise(publisher, title, url, asOf, asOfPrecision, today);
    }

    /// <summary>Corrects what the source is and when it is dated; the key stays, because CSV files and the content file name sources by it.</summary>
    public void Revise(string publisher, string title, Uri? url, DateOnly asOf, DatePrecision asOfPrecision, DateOnly today)
    {
        Publisher = Guard.Text(publisher, "The publisher", TextMaxLength);
        Title = Guard.Text(title, "The title", TextMaxLength);
        Url = url is null || (WebAddress.IsValid(url.OriginalString) && url.OriginalString.Length <= UrlMaxLength)
            ? url?.OriginalString
            : throw new DomainRuleException("The URL must be an absolute http or https address.");
        AsOf = asOf <= today ? asOf : throw new DomainRuleException($"The as-of date {asOf:yyyy-MM-dd} is in the future.");
        AsOfPrecision = Enum.IsDefined(asOfPrecision) ? asOfPrecision : throw new DomainRuleException($"Unknown date precision {asOfPrecision}.");
    }

    /// <summary>PostgreSQL's row version (xmin): a second editor saving stale values gets a conflict, not a lost update.</summary>
    public uint Version { get; private set; }

    public int Id { get; private set; }

    public string Key { get; private set; } = "";

    public string Publisher { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string? Url { get; private set; }

    public DateOnly AsOf { get; private set; }

    /// <summary>Some sources are dated to the month only ("November 2022"); we show what they say.</summary>
    public DatePrecision AsOfPrecision { get; private set; }

    public string AsOfText => SourceCitation.FormatAsOf(AsOf, AsOfPrecision);

    public SourceCitation Cite() => new(Publisher, Title, Url, AsOf, AsOfPrecision);
}

public enum DatePrecision
{
    Day,
    Month,
}
