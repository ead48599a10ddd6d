using System.Globalization;

namespace PythonCareers.Web.Features;

/// <summary>One entry of a select list or a group of checkboxes: the value the form posts and the text people read.</summary>
public sealed record Choice(string Value, string Text)
{
    public static Choice For(int id, string text) => new(id.ToString(CultureInfo.InvariantCulture), text);

    /// <summary>Every member of <typeparamref name="TEnum"/>, posted by name and read as <paramref name="text"/> gives it.</summary>
    public static IReadOnlyList<Choice> Of<TEnum>(Func<TEnum, string> text)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Enum.GetValues<TEnum>().Select(value => new Choice(value.ToString(), text(value)))];
    }

    public bool Is(string? value) => string.Equals(Value, value, StringComparison.OrdinalIgnoreCase);
}
