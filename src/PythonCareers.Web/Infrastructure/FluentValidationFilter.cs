using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// Validation in one place: before every action, each argument bound from the request is checked by the FluentValidation
/// validator registered for its type (IValidator&lt;T&gt; from DI), and every message goes into ModelState under its field's
/// key, beside the binder's own. Actions only ask ModelState.IsValid and answer 400 when it is not.
/// </summary>
public sealed class FluentValidationFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            // Services and the cancellation token are not input.
            if (parameter.BindingInfo?.BindingSource is { IsFromRequest: false }
                || !context.ActionArguments.TryGetValue(parameter.Name, out var argument)
                || argument is null
                || context.HttpContext.RequestServices.GetService(typeof(IValidator<>).MakeGenericType(parameter.ParameterType)) is not IValidator validator)
            {
                continue;
            }

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
            var prefix = parameter.BindingInfo?.BinderModelName is { Length: > 0 } name ? name + "." : "";
            foreach (var error in result.Errors)
            {
                context.ModelState.AddModelError(prefix + error.PropertyName, error.ErrorMessage);
            }
        }

        await next();
    }
}
