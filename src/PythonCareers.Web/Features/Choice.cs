using System.Globalization;

namespace PythonCareers.Web.Features;

/// <summary>One entry of a select list or a group of checkboxes: the value the form posts and the text people read.</summary>
public sealed record Choice(string Value, string Text)
{
    public static Choice For(int id, string text) => new(id.ToString(CultureInfo.InvariantCulture), text);

    public bool Is(string? value) => string.Equals(Value, value, StringComparison.OrdinalIgnoreCase);

    public bool Is(int id) => Value == id.ToString(CultureInfo.InvariantCulture);
}
