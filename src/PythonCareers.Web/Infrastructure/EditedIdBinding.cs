using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using PythonCareers.Core.Common;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// Binds every property marked <see cref="EditedIdAttribute"/> from the route's own id and nothing else: not from the
/// posted fields, and not from a prefixed route key ("form.id"), which MVC would look for when the request names the form.
/// </summary>
public sealed class EditedIdBinding : IBindingMetadataProvider, IModelBinder
{
    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Key.MetadataKind == ModelMetadataKind.Property && context.Attributes.OfType<EditedIdAttribute>().Any())
        {
            context.BindingMetadata.BindingSource = BindingSource.Path;
            context.BindingMetadata.BinderType = typeof(EditedIdBinding);
        }
    }

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        if (bindingContext.ActionContext.RouteData.Values.TryGetValue("id", out var value)
            && int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            bindingContext.Result = ModelBindingResult.Success(id);
        }

        return Task.CompletedTask;
    }
}
