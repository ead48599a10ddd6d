using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using PythonCareers.Core.Common;

namespace PythonCareers.Web.Infrastructure;

/// <summary>Binds every property marked <see cref="EditedIdAttribute"/> from the route's id, whatever the posted form says.</summary>
public sealed class EditedIdBinding : IBindingMetadataProvider
{
    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Key.MetadataKind == ModelMetadataKind.Property && context.Attributes.OfType<EditedIdAttribute>().Any())
        {
            context.BindingMetadata.BindingSource = BindingSource.Path;
            context.BindingMetadata.BinderModelName = "id";
        }
    }
}
