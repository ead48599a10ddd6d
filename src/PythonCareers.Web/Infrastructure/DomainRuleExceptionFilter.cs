using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PythonCareers.Core.Common;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// The safety net behind the editing services' results: a request the domain refuses (a recruiter renewing too early),
/// or that loses a race on a unique index, gets a 409 page with the reason, not a 500. Admin edits answer refusals and
/// conflicts with an <see cref="EditResult"/> instead.
/// </summary>
public sealed class DomainRuleExceptionFilter(IModelMetadataProvider metadata) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Exception switch
        {
            DomainRuleException refused => refused.Message,

            DbUpdateConcurrencyException => "Someone else changed this at the same moment. Reload the page to see where it stands.",

            // Two people saving the same new name at the same instant: the unique index decides, the loser is told.
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
                "Someone saved the same thing a moment ago. Reload the page to see it, then try again.",
            _ => null,
        };
        if (message is null)
        {
            return;
        }

        context.Result = new ViewResult
        {
            ViewName = "Message",
            StatusCode = StatusCodes.Status409Conflict,
            ViewData = new ViewDataDictionary(metadata, context.ModelState) { Model = message, ["Title"] = "That could not be done" },
        };
        context.ExceptionHandled = true;
    }
}
