using PythonCareers.Core.Common;

namespace PythonCareers.Core.Roles;

/// <summary>One thing a role does day to day, in the order the profile lists them.</summary>
public sealed class RoleResponsibility
{
    public const int TextMaxLength = 500;

    private RoleResponsibility()
    {
    }

    internal RoleResponsibility(int position, string text)
    {
        Position = position > 0 ? position : throw new DomainRuleException("A position starts at 1.");
        Text = Guard.Text(text, "A responsibility", TextMaxLength);
    }

    public int Id { get; private set; }

    public int RoleProfileId { get; private set; }

    public int Position { get; private set; }

    public string Text { get; private set; } = "";

    internal void Rewrite(string text) => Text = Guard.Text(text, "A responsibility", TextMaxLength);
}
