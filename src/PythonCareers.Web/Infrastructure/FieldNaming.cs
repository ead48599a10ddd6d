namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// How the fields of one form name themselves, set by <see cref="FormFieldsTagHelper"/> for the <see cref="FieldTagHelper"/>s
/// inside it: without the path of the form model inside the page's view model, and in lower case in a GET form.
/// </summary>
public sealed record FieldNaming(string? FormPath, bool LowerCase)
{
    public static readonly FieldNaming AsBound = new(null, false);

    /// <summary>The name a field posts for the model expression <paramref name="expression"/>.</summary>
    public string NameOf(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var name = FormPath is { Length: > 0 } path && expression.StartsWith(path + ".", StringComparison.Ordinal) ? expression[(path.Length + 1)..] : expression;
        return LowerCase ? name.ToLowerInvariant() : name;
    }
}
