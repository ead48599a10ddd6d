using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Api;

/// <summary>The API's errors as RFC 9457 problem details (application/problem+json), made by MVC's ProblemDetailsFactory.</summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    /// <summary>A 400 with every refused field under the name the query string gives it (q, page), and its messages.</summary>
    public static ObjectResult Validation(HttpContext context, ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> moreErrors)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(moreErrors);
        var problem = context.RequestServices.GetRequiredService<ProblemDetailsFactory>()
            .CreateValidationProblemDetails(context, modelState, StatusCodes.Status400BadRequest, detail: "Some query parameters were refused: see errors.");
        var errors = modelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .GroupBy(entry => JsonNamingPolicy.CamelCase.ConvertName(entry.Key), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.SelectMany(entry => entry.Value!.Errors).Select(error => error.ErrorMessage).ToArray(), StringComparer.Ordinal);
        foreach (var (name, messages) in moreErrors)
        {
            errors[name] = messages;
        }

        problem.Errors = errors;
        return new ObjectResult(problem) { StatusCode = StatusCodes.Status400BadRequest, ContentTypes = { ContentType } };
    }

    /// <summary>Writes the problem for <paramref name="status"/>; a 503 says when to try again, as the error page does.</summary>
    public static Task WriteAsync(HttpContext context, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.RequestServices.GetRequiredService<ProblemDetailsFactory>().CreateProblemDetails(context, status, detail: Detail(status));

        // MVC's client error mapping names the common statuses only (not 429): the others take their reason phrase.
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status);
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds;
        }

        var json = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(problem, json, ContentType, context.RequestAborted);
    }

    private static string? Detail(int status) => status switch
    {
        StatusCodes.Status404NotFound => "Nothing is at this address. The API's paths are listed in /openapi/v1.json.",
        StatusCodes.Status405MethodNotAllowed => "The API is read-only: it answers GET and HEAD.",
        StatusCodes.Status429TooManyRequests => "Too many requests from this client: try again after the seconds that Retry-After gives.",
        StatusCodes.Status503ServiceUnavailable => "The site's database cannot be reached just now: try again after the seconds that Retry-After gives.",
        StatusCodes.Status500InternalServerError => "Something went wrong on our side; it has been logged.",
        _ => null,
    };
}
