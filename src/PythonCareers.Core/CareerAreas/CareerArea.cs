using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.CareerAreas;

/// <summary>A field in which Python is used, such as Data Science or Web Development.</summary>
public sealed class CareerArea
{
    public const int NameMaxLength = 100;
    public const int TextMaxLength = 2000;

    private readonly List<RoleProfile> roles = [];

    private CareerArea()
    {
    }

    public CareerArea(string slug, string name, string pythonUse, int sortOrder, DataSource source) => Edit(slug, name, pythonUse, sortOrder, source);

    /// <summary>PostgreSQL's row version (xmin): a second editor saving stale values gets a conflict, not a lost update.</summary>
    public uint Version { get; private set; }

    public int Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>What Python is used for in this area, in our own words.</summary>
    public string PythonUse { get; private set; } = "";

    public int SortOrder { get; private set; }

    public int DataSourceId { get; private set; }

    public DataSource Source { get; private set; } = null!;

    /// <summary>The roles that list it; a role changes them through <see cref="RoleProfile.Assign"/>.</summary>
    public IReadOnlyCollection<RoleProfile> Roles => roles;

    public void Edit(string slug, string name, string pythonUse, int sortOrder, DataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var checkedSlug = Common.Slug.Require(slug);
        var checkedName = Guard.Text(name, "The name", NameMaxLength);
        var checkedUse = Guard.Text(pythonUse, "What Python is used for", TextMaxLength);
        Slug = checkedSlug;
        Name = checkedName;
        PythonUse = checkedUse;
        SortOrder = sortOrder;
        Source = source;
    }

    /// <summary>The area as the audit log records it before and after a change (needs its source loaded).</summary>
    public CareerAreaSnapshot Snapshot() => new(Slug, Name, PythonUse, SortOrder, Source.Key);
}

public sealed record CareerAreaSnapshot(string Slug, string Name, string PythonUse, int SortOrder, string Source);
