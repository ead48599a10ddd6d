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

    private RoleProfile()
    {
    }

    public RoleProfile(string slug, string title, string summary, string description, string backgroundAndEducation, int sortOrder, DataSource source)
    {
        Slug = Common.Slug.Require(slug);
        Title = Guard.Text(title, "The title", TitleMaxLength);
        Summary = Guard.Text(summary, "The summary", SummaryMaxLength);
        Description = Guard.Text(description, "What the role does", TextMaxLength);
        BackgroundAndEducation = Guard.Text(backgroundAndEducation, "Background and education", TextMaxLength);
        SortOrder = sortOrder;
        Source = source;
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

    public List<RoleResponsibility> Responsibilities { get; } = [];

    public ICollection<Skill> Skills { get; } = [];

    public ICollection<CareerArea> Areas { get; } = [];

    public ICollection<RoleProfile> RelatedRoles { get; } = [];

    public ICollection<SalaryFigure> SalaryFigures { get; } = [];

    /// <summary>Appends a daily responsibility after the existing ones.</summary>
    public void AddResponsibility(string text) =>
        Responsibilities.Add(new RoleResponsibility(Responsibilities.Count + 1, text));
}
