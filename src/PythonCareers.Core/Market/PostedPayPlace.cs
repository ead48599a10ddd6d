namespace PythonCareers.Core.Market;

/// <summary>Which postings a posting's offer was compared with (<see cref="PostedPayIndex.PlaceAsync"/>).</summary>
public enum PostedPayScope
{
    /// <summary>Its role, country, level, kind of work and currency.</summary>
    CountryAndLevel,

    /// <summary>Its country at every level: too few at its own.</summary>
    Country,

    /// <summary>Its level in every country: too few in its own.</summary>
    Level,
}

/// <summary>A posting's offer among comparable postings: <see cref="Below"/> of <see cref="Postings"/> offer less.</summary>
public sealed record PostedPayPlace(PostedPayScope Scope, int Postings, int Companies, int Below)
{
    /// <summary>The share of the comparable postings that offer less, in whole percent, rounded down.</summary>
    public int PercentBelow => Below * 100 / Postings;

    internal static PostedPayPlace? Of(PlaceCounts counts) =>
        new[]
        {
            new PostedPayPlace(PostedPayScope.CountryAndLevel, (int)counts.ExactPostings, (int)counts.ExactCompanies, (int)counts.ExactBelow),
            new PostedPayPlace(PostedPayScope.Country, (int)counts.CountryPostings, (int)counts.CountryCompanies, (int)counts.CountryBelow),
            new PostedPayPlace(PostedPayScope.Level, (int)counts.LevelPostings, (int)counts.LevelCompanies, (int)counts.LevelBelow),
        }.FirstOrDefault(place => place.Postings >= PostedPayIndex.MinimumPostings && place.Companies >= PostedPayIndex.MinimumCompanies);
}

/// <summary>The counts <see cref="PostedPayIndex.PlaceAsync"/> reads in one statement, a set for each scope.</summary>
internal sealed class PlaceCounts
{
    public long ExactPostings { get; init; }

    public long ExactCompanies { get; init; }

    public long ExactBelow { get; init; }

    public long CountryPostings { get; init; }

    public long CountryCompanies { get; init; }

    public long CountryBelow { get; init; }

    public long LevelPostings { get; init; }

    public long LevelCompanies { get; init; }

    public long LevelBelow { get; init; }
}
