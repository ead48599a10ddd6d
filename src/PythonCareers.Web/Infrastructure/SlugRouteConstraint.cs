using System.Globalization;
using PythonCareers.Core.Common;

namespace PythonCareers.Web.Infrastructure;

/// <summary>Matches only well-formed slugs, so hostile or malformed ones fall through to the 404 page.</summary>
public sealed class SlugRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(routeKey, out var value) && Slug.IsValid(Convert.ToString(value, CultureInfo.InvariantCulture));
    }
}
