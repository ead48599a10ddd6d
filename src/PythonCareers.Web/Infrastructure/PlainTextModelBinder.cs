using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using PythonCareers.Core.Common;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// Binds every text value of a form, query string or route (strings, alone or in lists) and refuses the characters
/// <see cref="PlainText"/> cannot store: the field gets a message and the value is bound without them, so the form
/// answers 400 with the message next to the field and no such character ever reaches a write. Tabs and line breaks
/// are text only in properties marked <c>[DataType(DataType.MultilineText)]</c> (the text areas).
/// </summary>
public sealed class PlainTextModelBinder(IModelBinder inner, bool multiline) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result.Model is string text && !PlainText.IsStorable(text, multiline))
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, PlainText.ControlCharacterMessage);
            bindingContext.Result = ModelBindingResult.Success(PlainText.Storable(text, multiline));
        }
    }
}

/// <summary>Puts <see cref="PlainTextModelBinder"/> in front of MVC's own binder for strings.</summary>
public sealed class PlainTextModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Metadata.ModelType != typeof(string))
        {
            return null;
        }

        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        var multiline = context.Metadata.DataTypeName == nameof(DataType.MultilineText);
        return new PlainTextModelBinder(new SimpleTypeModelBinder(typeof(string), loggers), multiline);
    }

    /// <summary>Adds the provider just before MVC's simple-type provider, so [FromBody], [FromHeader] and [FromServices] keep theirs.</summary>
    public static void AddTo(IList<IModelBinderProvider> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        var simple = providers.Select((provider, index) => (provider, index)).First(p => p.provider is SimpleTypeModelBinderProvider).index;
        providers.Insert(simple, new PlainTextModelBinderProvider());
    }
}
