using PythonCareers.Core.Common;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.Roles;

/// <summary>A daily activity that every Python role shares, shown on each role page.</summary>
public sealed class SharedActivity
{
    public const int TextMaxLength = 500;

    private SharedActivity()
    {
    }

    public SharedActivity(int position, string text, DataSource source)
    {
        Position = position > 0 ? position : throw new DomainRuleException("A position starts at 1.");
        Text = Guard.Text(text, "An activity", TextMaxLength);
        Source = source;
    }

    public int Id { get; private set; }

    public int Position { get; private set; }

    public string Text { get; private set; } = "";

    public int DataSourceId { get; private set; }

    public DataSource Source { get; private set; } = null!;
}
