using PythonCareers.Core.CareerAreas;
using PythonCareers.Core.Common;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Skills;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.Roles;

/// <summary>A Python job as a seeker meets it: what it is, what it does each day, what it needs and pays.</summary>
public sealed class RoleProfile
{
    public const int TitleMaxLength = 120;
    public const int SummaryMaxLength = 500;
    public const int TextMaxLength = 4000;
    public const int MaxResponsibilities = 30;

    private readonly List<RoleResponsibility> responsibilities = [];
    private readonly List<Skill> skills = [];
    private readonly List<CareerArea> areas = [];
    private readonly List<RoleProfile> relatedRoles = [];
    private readonly List<SalaryFigure> salaryFigures = [];

    private RoleProfile()
    {
    }

    public RoleProfile(string slug, string title, string summary, string description, string backgroundAndEducation, int sortOrder, DataSource source)
    {
        Slug = Common.Slug.Require(slug);
        Describe(title, summary, description, backgroundAndEducation, sortOrder, source);
    }

    public int Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    /// <summary>What the role does, in a paragraph or two.</summary>
    public string Description { get; private set; } = "";

    public string BackgroundAndEducation { get; private set; } = "";

    public int SortOrder { get; private set; }

    /// <summary>Unpublished roles disappear from the public pages until an editor publishes them again.</summary>
    public bool IsPublished { get; private set; } = true;

    /// <summary>PostgreSQL's row version (xmin): a second editor saving stale values gets a conflict, not a lost update.</summary>
    public uint Version { get; private set; }

    public int DataSourceId { get; private set; }

    public DataSource Source { get; private set; } = null!;

    /// <summary>What the role does each day, changed only through <see cref="SetResponsibilities"/>.</summary>
    public IReadOnlyCollection<RoleResponsibility> Responsibilities => responsibilities;

    /// <summary>The skills, areas and related roles, changed only through <see cref="Assign"/>.</summary>
    public IReadOnlyCollection<Skill> Skills => skills;

    public IReadOnlyCollection<CareerArea> Areas => areas;

    public IReadOnlyCollection<RoleProfile> RelatedRoles => relatedRoles;

    /// <summary>The role's salary figures; a figure names its role when it is made.</summary>
    public IReadOnlyCollection<SalaryFigure> SalaryFigures => salaryFigures;

    /// <summary>Changes what the public page says about the role. Description and background are Markdown.</summary>
    public void Describe(string title, string summary, string description, string backgroundAndEducation, int sortOrder, DataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var checkedTitle = Guard.Text(title, "The title", TitleMaxLength);
        var checkedSummary = Guard.Text(summary, "The summary", SummaryMaxLength);
        var checkedDescription = Guard.Text(description, "What the role does", TextMaxLength);
        var checkedBackground = Guard.Text(backgroundAndEducation, "Background and education", TextMaxLength);
        Title = checkedTitle;
        Summary = checkedSummary;
        Description = checkedDescription;
        BackgroundAndEducation = checkedBackground;
        SortOrder = sortOrder;
        Source = source;
    }

    /// <summary>Gives the role a new slug and returns the old one, which should keep working as a redirect.</summary>
    public string Rename(string slug)
    {
        var old = Slug;
        Slug = Common.Slug.Require(slug);
        return old;
    }

    /// <summary>
    /// Replaces the daily responsibilities with <paramref name="texts"/>, in that order. Positions stay 1..n and the texts move
    /// between them, so a reorder never trips the unique (role, position) index halfway through an update.
    /// </summary>
    public void SetResponsibilities(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count is 0 or > MaxResponsibilities)
        {
            throw new DomainRuleException($"A role lists between 1 and {MaxResponsibilities} daily responsibilities.");
        }

        var checkedTexts = texts.Select(text => Guard.Text(text, "A responsibility", RoleResponsibility.TextMaxLength)).ToList();
        var current = Responsibilities.OrderBy(r => r.Position).ToList();
        for (var index = 0; index < checkedTexts.Count; index++)
        {
            if (index < current.Count)
            {
                current[index].Rewrite(checkedTexts[index]);
            }
            else
            {
                responsibilities.Add(new RoleResponsibility(index + 1, checkedTexts[index]));
            }
        }

        foreach (var dropped in current.Skip(checkedTexts.Count))
        {
            responsibilities.Remove(dropped);
        }
    }

    /// <summary>The skills, career areas and related roles the public page links to.</summary>
    public void Assign(IReadOnlyCollection<Skill> skills, IReadOnlyCollection<CareerArea> areas, IReadOnlyCollection<RoleProfile> relatedRoles)
    {
        ArgumentNullException.ThrowIfNull(skills);
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(relatedRoles);
        if (relatedRoles.Contains(this))
        {
            throw new DomainRuleException("A role cannot be related to itself.");
        }

        ReplaceWith(this.skills, skills);
        ReplaceWith(this.areas, areas);
        ReplaceWith(this.relatedRoles, relatedRoles);
    }

    public void Publish()
    {
        if (IsPublished)
        {
            throw new DomainRuleException($"{Title} is already published.");
        }

        IsPublished = true;
    }

    public void Unpublish()
    {
        if (!IsPublished)
        {
            throw new DomainRuleException($"{Title} is already unpublished.");
        }

        IsPublished = false;
    }

    /// <summary>The role as the audit log records it before and after a change (needs its source and collections loaded).</summary>
    public RoleProfileSnapshot Snapshot() => new(
        Slug,
        Title,
        Summary,
        Description,
        BackgroundAndEducation,
        SortOrder,
        IsPublished,
        Source.Key,
        [.. Responsibilities.OrderBy(r => r.Position).Select(r => r.Text)],
        [.. Skills.Select(s => s.Slug).Order(StringComparer.Ordinal)],
        [.. Areas.Select(a => a.Slug).Order(StringComparer.Ordinal)],
        [.. RelatedRoles.Select(r => r.Slug).Order(StringComparer.Ordinal)]);

    private static void ReplaceWith<T>(List<T> current, IReadOnlyCollection<T> wanted)
    {
        foreach (var gone in current.Except(wanted).ToList())
        {
            current.Remove(gone);
        }

        foreach (var added in wanted.Except(current).ToList())
        {
            current.Add(added);
        }
    }
}

public sealed record RoleProfileSnapshot(
    string Slug,
    string Title,
    string Summary,
    string Description,
    string BackgroundAndEducation,
    int SortOrder,
    bool IsPublished,
    string Source,
    IReadOnlyList<string> Responsibilities,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Areas,
    IReadOnlyList<string> RelatedRoles);
