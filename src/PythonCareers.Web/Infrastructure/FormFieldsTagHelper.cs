using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// Tells the <c>&lt;field&gt;</c>s of a form how to name themselves. <c>fields-of</c> names the form model inside the page's
/// view model (<c>fields-of="Form"</c>), so that its fields post the form's own property names, which the action binds.
/// A GET form (a search or a filter) names its fields in lower case, like the rest of its query string.
/// </summary>
[HtmlTargetElement("form")]
public sealed class FormFieldsTagHelper : TagHelper
{
    public ModelExpression? FieldsOf { get; set; }

    public override void Init(TagHelperContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var isGet = context.AllAttributes.TryGetAttribute("method", out var method)
            && string.Equals(method.Value?.ToString(), "get", StringComparison.OrdinalIgnoreCase);
        context.Items[typeof(FieldNaming)] = new FieldNaming(FieldsOf?.Name, isGet);
    }
}
