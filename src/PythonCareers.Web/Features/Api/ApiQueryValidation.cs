using System.Reflection;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PythonCareers.Core.Common;

namespace PythonCareers.Web.Features.Api;

/// <summary>
/// Answers an API request that cannot be taken as it is with a 400 and every reason by its field: what the binders and the
/// validators (FluentValidationFilter, which runs first as a global filter) refused, a query parameter the action does not
/// take (a misspelt filter would otherwise be ignored and widen the search silently), and one given twice.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ApiQueryValidationAttribute : ActionFilterAttribute
{
    /// <summary>Unknown names listed at most, so that a request with thousands gets a short answer.</summary>
    public const int UnknownNamesListed = 10;

    private const int NameLengthShown = 50;

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var accepted = AcceptedNames(context.ActionDescriptor.Parameters);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var unknown = 0;
        foreach (var (name, values) in context.HttpContext.Request.Query)
        {
            if (!accepted.Contains(name))
            {
                if (unknown++ < UnknownNamesListed)
                {
                    errors[PlainText.Shorten(name, NameLengthShown)] = [accepted.Count == 0
                        ? "This address takes no query parameters."
                        : $"Unknown query parameter: this address takes {string.Join(", ", accepted.Order(StringComparer.Ordinal))}."];
                }
            }
            else if (values.Count > 1)
            {
                errors[name.ToLowerInvariant()] = ["Give this parameter once."];
            }
        }

        if (unknown > UnknownNamesListed)
        {
            errors["(more)"] = [$"{unknown - UnknownNamesListed} more unknown query parameters."];
        }

        if (errors.Count > 0 || !context.ModelState.IsValid)
        {
            context.Result = ApiProblems.Validation(context.HttpContext, context.ModelState, errors);
        }
    }

    /// <summary>The query parameters an action binds, lower-case: simple parameters by name, a model's by its properties.</summary>
    private static HashSet<string> AcceptedNames(IEnumerable<Microsoft.AspNetCore.Mvc.Abstractions.ParameterDescriptor> parameters) =>
        parameters
            .Where(parameter => parameter.BindingInfo?.BindingSource == BindingSource.Query)
            .SelectMany(parameter => parameter.ParameterType.IsClass && parameter.ParameterType != typeof(string)
                ? parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name)
                : [parameter.Name])
            .Select(name => name.ToLowerInvariant())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
