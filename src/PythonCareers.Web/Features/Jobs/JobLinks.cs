using Microsoft.AspNetCore.Mvc;
using PythonCareers.Core.Jobs.Search;

namespace PythonCareers.Web.Features.Jobs;

/// <summary>The job board's addresses, generated from its routes: a posting's page, a search and its feed.</summary>
public static class JobLinks
{
    private const string Controller = "Jobs";

    /// <summary>The posting's own page, /jobs/{id}/{slug} as the route has it.</summary>
    public static string Posting(this IUrlHelper url, int id, string slug)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Action(nameof(JobsController.Details), Controller, new { area = "", id, slug }) ?? throw NoRoute(nameof(JobsController.Details));
    }

    /// <summary>The same path from outside a request (mail made by a background service).</summary>
    public static string Posting(this LinkGenerator links, int id, string slug)
    {
        ArgumentNullException.ThrowIfNull(links);
        return links.GetPathByAction(nameof(JobsController.Details), Controller, new { area = "", id, slug }) ?? throw NoRoute(nameof(JobsController.Details));
    }

    /// <summary>The search page for <paramref name="criteria"/>, with only the values that differ from the defaults.</summary>
    public static string JobSearch(this IUrlHelper url, JobSearchCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(criteria);
        var path = url.Action(nameof(JobsController.Index), Controller, new { area = "" }) ?? throw NoRoute(nameof(JobsController.Index));
        var query = criteria.ToQueryString();
        return query.Length == 0 ? path : path + "?" + query;
    }

    /// <summary>The RSS feed of the newest postings matching <paramref name="criteria"/>, whatever its page and order.</summary>
    public static string SearchFeed(this IUrlHelper url, JobSearchCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.Action(nameof(JobFeedsController.All), "JobFeeds", new { area = "" }) ?? throw NoRoute(nameof(JobFeedsController.All));
        var query = JobFeed.SearchOf(criteria).ToQueryString();
        return query.Length == 0 ? path : path + "?" + query;
    }

    private static InvalidOperationException NoRoute(string action) => new($"No route leads to {Controller}.{action}.");
}
