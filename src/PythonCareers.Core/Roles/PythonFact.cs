using PythonCareers.Core.Common;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.Roles;

/// <summary>A reason Python matters for a career, shown on the home page.</summary>
public sealed class PythonFact
{
    public const int TextMaxLength = 500;

    private PythonFact()
    {
    }

    public PythonFact(int position, string text, DataSource source)
    {
        Position = position > 0 ? position : throw new DomainRuleException("A position starts at 1.");
        Text = Guard.Text(text, "A fact", TextMaxLength);
        Source = source;
    }

    public int Id { get; private set; }

    public int Position { get; private set; }

    public string Text { get; private set; } = "";

    public int DataSourceId { get; private set; }

    public DataSource Source { get; private set; } = null!;
}
