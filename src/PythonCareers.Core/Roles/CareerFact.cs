using PythonCareers.Core.Common;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.Roles;

/// <summary>A sourced statement about Python careers, in its place among the others of its kind.</summary>
public sealed class CareerFact
{
    public const int TextMaxLength = 500;

    private CareerFact()
    {
    }

    public CareerFact(CareerFactKind kind, int position, string text, DataSource source)
    {
        Kind = Enum.IsDefined(kind) ? kind : throw new DomainRuleException("Choose what kind of fact this is.");
        Position = position > 0 ? position : throw new DomainRuleException("A position starts at 1.");
        Text = Guard.Text(text, "A fact", TextMaxLength);
        Source = source;
    }

    public int Id { get; private set; }

    public CareerFactKind Kind { get; private set; }

    public int Position { get; private set; }

    public string Text { get; private set; } = "";

    public int DataSourceId { get; private set; }

    public DataSource Source { get; private set; } = null!;
}
