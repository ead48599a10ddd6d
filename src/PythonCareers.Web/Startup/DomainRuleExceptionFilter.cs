using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using PythonCareers.Core.Common;

namespace PythonCareers.Web.Startup;

/// <summary>A request the domain refuses (approving a posting twice, renewing too early) gets a 409 page with the reason, not a 500.</summary>
public sealed class DomainRuleExceptionFilter(IModelMetadataProvider metadata) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Exception is not DomainRuleException refused)
        {
            return;
        }

        context.Result = new ViewResult
        {
            ViewName = "Message",
            StatusCode = StatusCodes.Status409Conflict,
            ViewData = new ViewDataDictionary(metadata, context.ModelState) { Model = refused.Message, ["Title"] = "That could not be done" },
        };
        context.ExceptionHandled = true;
    }
}
