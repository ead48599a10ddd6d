namespace PythonCareers.Core.Skills;

/// <summary>
/// What live postings of one role pay in one currency when they ask for a skill and when they do not: the medians of the
/// yearly range midpoints on each side, kept only where each side has <see cref="SkillDemand.MinimumPostings"/> postings
/// from <see cref="SkillDemand.MinimumCompanies"/> companies. Replaced as a whole by <see cref="SkillDemand.SnapshotAsync"/>.
/// </summary>
public sealed class SkillPremium
{
    private SkillPremium()
    {
    }

    public int SkillId { get; private set; }

    public int RoleProfileId { get; private set; }

    /// <summary>ISO 4217: both medians are in it; currencies are never mixed or converted.</summary>
    public string Currency { get; private set; } = "";

    public int PostingsWith { get; private set; }

    public int CompaniesWith { get; private set; }

    public decimal MedianWith { get; private set; }

    public int PostingsWithout { get; private set; }

    public int CompaniesWithout { get; private set; }

    public decimal MedianWithout { get; private set; }
}
