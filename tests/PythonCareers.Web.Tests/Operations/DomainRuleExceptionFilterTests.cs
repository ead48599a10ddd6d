using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PythonCareers.Core.Common;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Tests.Operations;

public sealed class DomainRuleExceptionFilterTests
{
    private static ExceptionContext Handle(Exception exception)
    {
        var context = new ExceptionContext(new ActionContext(new DefaultHttpContext(), new RouteData(), new ActionDescriptor()), []) { Exception = exception };
        new DomainRuleExceptionFilter(new EmptyModelMetadataProvider()).OnException(context);
        return context;
    }

    [Fact]
    public void A_refused_domain_rule_becomes_a_409_page_with_its_reason()
    {
        var context = Handle(new DomainRuleException("Only a posting in review can be approved."));

        var view = Assert.IsType<ViewResult>(context.Result);
        Assert.Equal((409, "Only a posting in review can be approved."), (view.StatusCode, view.ViewData.Model));
        Assert.True(context.ExceptionHandled);
    }

    [Fact]
    public void A_lost_race_on_a_unique_index_becomes_a_409()
    {
        var context = Handle(new DbUpdateException("save failed", new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)));

        Assert.Equal(409, Assert.IsType<ViewResult>(context.Result).StatusCode);
    }

    [Fact]
    public void A_lost_race_on_a_row_version_becomes_a_409()
    {
        var context = Handle(new DbUpdateConcurrencyException("stale"));

        Assert.Equal(409, Assert.IsType<ViewResult>(context.Result).StatusCode);
    }

    [Fact]
    public void Other_failures_are_left_to_the_error_page()
    {
        var context = Handle(new DbUpdateException("save failed", new PostgresException("no such table", "ERROR", "ERROR", PostgresErrorCodes.UndefinedTable)));

        Assert.Null(context.Result);
        Assert.False(context.ExceptionHandled);
    }
}
