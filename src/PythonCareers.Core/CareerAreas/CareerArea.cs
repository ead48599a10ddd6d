using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.CareerAreas;

/// <summary>A field in which Python is used, such as Data Science or Web Development.</summary>
public sealed class CareerArea
{
    public const int NameMaxLength = 100;
    public const int TextMaxLength = 2000;

    private CareerArea()
    {
    }

    public CareerArea(string slug, string name, string pythonUse, int sortOrder, DataSource source)
    {
        Slug = Common.Slug.Require(slug);
        Name = Guard.Text(name, "The name", NameMaxLength);
        PythonUse = Guard.Text(pythonUse, "What Python is used for", TextMaxLength);
        SortOrder = sortOrder;
        Source = source;
    }

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

    public ICollection<RoleProfile> Roles { get; } = [];
}
