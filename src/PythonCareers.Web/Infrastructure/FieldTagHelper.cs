using System.Collections;
using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using PythonCareers.Web.Features;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// One form field, the only way the site writes one: <c>&lt;field for="Title" label="Title" hint="…" maxlength="120" /&gt;</c>
/// renders the label, the control, the hint and the message next to it, with <c>aria-describedby</c> naming the hint and the
/// message and <c>aria-invalid</c> while there is one. The control follows the property: a select for <c>items</c> (an
/// enum's from <see cref="Choice.Of{TEnum}"/>), a group of checkboxes for <c>items</c> and a collection, a checkbox for a bool, a textarea for <c>rows</c>, an
/// input (of <c>type</c>) for the rest. <c>for</c> is a model expression, as with <c>asp-for</c>, so a renamed property
/// fails the build; the name it posts is the form's own property name (see <see cref="FormFieldsTagHelper"/>). Attributes
/// the helper does not know (maxlength, required, autocomplete, placeholder, inputmode, size) go on the control. The first
/// field in error on a page takes the focus (<c>autofocus</c>): after a refused submit, a keyboard or screen reader user lands
/// on the field to correct, next to its message, without script.
/// </summary>
[HtmlTargetElement("field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    /// <summary>The key in the request's items that says a field of this page has taken the focus already.</summary>
    private static readonly object FocusTaken = new();

    public ModelExpression For { get; set; } = null!;

    /// <summary>What people read; for a checkbox group, its legend.</summary>
    public string? Label { get; set; }

    public string? Hint { get; set; }

    /// <summary>
    /// The input's type: text (the default), email, password (never shown again), url, number, search, file, hidden (the
    /// value the page holds), or message: no control, only the message, for a value the form does not carry.
    /// </summary>
    public string Type { get; set; } = "text";

    /// <summary>Above zero: a textarea of this many rows.</summary>
    public int Rows { get; set; }

    /// <summary>The options of a select or a checkbox group.</summary>
    public IEnumerable<Choice>? Items { get; set; }

    /// <summary>The first option of a select, with no value: "Choose…", "Any role".</summary>
    public string? Empty { get; set; }

    /// <summary>The option a select shows as chosen when the form carries no value of its own (a default).</summary>
    public string? Value { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var naming = context.Items.TryGetValue(typeof(FieldNaming), out var found) ? (FieldNaming)found : FieldNaming.AsBound;
        var name = naming.NameOf(For.Name);
        var attributes = output.Attributes.ToDictionary(a => a.Name, a => (object?)AttributeText(a.Value), StringComparer.OrdinalIgnoreCase);
        output.TagName = null;
        output.Attributes.Clear();
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var entry = ViewContext.ModelState.TryGetValue(name, out var state) ? state : null;
        var hasError = entry is { Errors.Count: > 0 };
        var describedBy = string.Join(' ', new[] { Hint is null ? null : id + "-hint", hasError ? id + "-error" : null }.OfType<string>());
        if (describedBy.Length > 0)
        {
            attributes["aria-describedby"] = describedBy;
        }

        if (hasError)
        {
            attributes["aria-invalid"] = "true";
        }

        var html = new HtmlContentBuilder();
        if (string.Equals(Type, "hidden", StringComparison.OrdinalIgnoreCase))
        {
            // The value the page holds, never the one that came in: a form shown again after a conflict carries the stored version.
            var hidden = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            hidden.MergeAttribute("type", "hidden");
            hidden.MergeAttribute("name", name);
            hidden.MergeAttribute("value", Text(For.Model));
            html.AppendHtml(hidden);
            WriteHintAndError(html, name, id, hasError);
            output.Content.SetHtmlContent(html);
            return;
        }

        if (string.Equals(Type, "message", StringComparison.OrdinalIgnoreCase))
        {
            // A value the form has no control for (a page number, which links carry): only its message.
            WriteHintAndError(html, name, id, hasError);
            output.Content.SetHtmlContent(html);
            return;
        }

        var label = Label ?? For.Metadata.GetDisplayName();
        var group = For.Metadata.IsEnumerableType && For.ModelExplorer.ModelType != typeof(string) ? Items : null;
        var takesFocus = hasError && TakeFocus();
        if (takesFocus && group is null)
        {
            attributes["autofocus"] = "autofocus";
        }

        if (group is not null)
        {
            WriteCheckboxGroup(html, name, id, label, group, entry, attributes, takesFocus);
        }
        else if (For.Metadata.UnderlyingOrModelType == typeof(bool))
        {
            WriteCheckbox(html, name, id, label, entry, attributes);
        }
        else
        {
            html.AppendHtml(generator.GenerateLabel(ViewContext, For.ModelExplorer, name, label, htmlAttributes: null));
            html.AppendHtml(Control(name, attributes));
            WriteHintAndError(html, name, id, hasError);
        }

        output.Content.SetHtmlContent(html);
    }

    private TagBuilder Control(string name, Dictionary<string, object?> attributes)
    {
        if (Items is not null)
        {
            var options = Items.Select(c => new SelectListItem(c.Text, c.Value, c.Is(Value))).ToList();
            return generator.GenerateSelect(ViewContext, For.ModelExplorer, Empty, name, options, allowMultiple: false, attributes);
        }

        if (Rows > 0)
        {
            return generator.GenerateTextArea(ViewContext, For.ModelExplorer, name, Rows, columns: 0, attributes);
        }

        if (string.Equals(Type, "password", StringComparison.OrdinalIgnoreCase))
        {
            return generator.GeneratePassword(ViewContext, For.ModelExplorer, name, value: null, attributes);
        }

        var input = generator.GenerateTextBox(ViewContext, For.ModelExplorer, name, For.Model, format: null, attributes);
        input.MergeAttribute("type", Type, replaceExisting: true);
        return input;
    }

    private void WriteCheckboxGroup(HtmlContentBuilder html, string name, string id, string label, IEnumerable<Choice> items, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateEntry? entry, Dictionary<string, object?> attributes, bool takesFocus)
    {
        var chosen = entry?.RawValue switch
        {
            string[] values => values,
            string value => [value],
            _ => For.Model is IEnumerable values ? values.Cast<object>().Select(Text).ToArray() : [],
        };
        var group = new TagBuilder("fieldset");
        group.MergeAttribute("id", id);
        var legend = new TagBuilder("legend");
        legend.InnerHtml.Append(label);
        group.InnerHtml.AppendHtml(legend);
        foreach (var item in items)
        {
            var box = Checkbox(name, item.Value, chosen.Any(item.Is), attributes);
            if (takesFocus)
            {
                // The group's first box: focus goes to one control, and from there the others are a Tab away.
                box.MergeAttribute("autofocus", "autofocus");
                takesFocus = false;
            }

            var row = new TagBuilder("label");
            row.AddCssClass("checkbox");
            row.InnerHtml.AppendHtml(box).Append(" " + item.Text);
            group.InnerHtml.AppendHtml(row);
        }

        var after = new HtmlContentBuilder();
        WriteHintAndError(after, name, id, entry is { Errors.Count: > 0 });
        group.InnerHtml.AppendHtml(after);
        html.AppendHtml(group);
    }

    private void WriteCheckbox(HtmlContentBuilder html, string name, string id, string label, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateEntry? entry, Dictionary<string, object?> attributes)
    {
        var isChecked = entry?.AttemptedValue is { } attempted ? bool.TryParse(attempted.Split(',')[0], out var value) && value : For.Model is true;
        var box = Checkbox(name, "true", isChecked, attributes);
        box.MergeAttribute("id", id);
        var row = new TagBuilder("label");
        row.AddCssClass("checkbox");
        row.InnerHtml.AppendHtml(box).Append(" " + label);
        html.AppendHtml(row);
        WriteHintAndError(html, name, id, entry is { Errors.Count: > 0 });
    }

    private static TagBuilder Checkbox(string name, string value, bool isChecked, Dictionary<string, object?> attributes)
    {
        var box = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        box.MergeAttributes(attributes);
        box.MergeAttribute("type", "checkbox", replaceExisting: true);
        box.MergeAttribute("name", name, replaceExisting: true);
        box.MergeAttribute("value", value, replaceExisting: true);
        if (isChecked)
        {
            box.MergeAttribute("checked", "checked");
        }

        return box;
    }

    /// <summary>
    /// Claims the page's focus for this field: true for the first field in error that asks, in the order the page is written
    /// (a browser honours only one <c>autofocus</c> in any case).
    /// </summary>
    private bool TakeFocus()
    {
        var items = ViewContext.HttpContext.Items;
        if (items.ContainsKey(FocusTaken))
        {
            return false;
        }

        items[FocusTaken] = true;
        return true;
    }

    private void WriteHintAndError(HtmlContentBuilder html, string name, string id, bool hasError)
    {
        if (Hint is not null)
        {
            var hint = new TagBuilder("span");
            hint.AddCssClass("hint");
            hint.MergeAttribute("id", id + "-hint");
            hint.InnerHtml.Append(Hint);
            html.AppendHtml(hint);
        }

        if (hasError)
        {
            html.AppendHtml(generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, name, message: null, tag: "span", new { @class = "field-error", id = id + "-error" }));
        }
    }

    /// <summary>An attribute as written in the view, as plain text again (the control encodes it once, when it is written).</summary>
    private static string AttributeText(object? value)
    {
        if (value is IHtmlContent html)
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            html.WriteTo(writer, HtmlEncoder.Default);
            return WebUtility.HtmlDecode(writer.ToString());
        }

        return Text(value);
    }

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
