using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Audit;

namespace PythonCareers.Web.Tests.Infrastructure;

/// <summary>One method and route of the site, as the route table has it, with the action that answers it.</summary>
public sealed partial record SiteEndpoint(string Method, string Pattern, bool NeedsSignIn, string Roles, ControllerActionDescriptor? Action)
{
    public string Area => Pattern.Split('/')[0];

    public bool IsRecruiterArea => Area == "recruiter";

    public bool IsAdminArea => Area == "admin";

    public bool IsAdminOnly => Roles == CareerRoles.Admin;

    public bool NamesARecord => IdPlaceholder().IsMatch(Pattern);

    /// <summary>The kind of record an {id} names, by the path segment after the area: "postings", "moderation", "users" ...</summary>
    public string Kind => Pattern.Split('/').ElementAtOrDefault(1) ?? "";

    public string Path(IReadOnlyDictionary<string, string> ids) =>
        "/" + IdPlaceholder().Replace(Pattern, _ => ids.TryGetValue(Kind, out var id) ? id : throw new InvalidOperationException($"No record to name in /{Pattern}: add its kind to SiteEndpoints.IdsAsync."));

    /// <summary>The path with <paramref name="id"/> for any record, for tests that stop before the record is looked up.</summary>
    public string Path(string id) => "/" + IdPlaceholder().Replace(Pattern, id);

    public override string ToString() => $"{Method} /{Pattern}";

    [GeneratedRegex(@"\{id(:\w+)?\}")]
    private static partial Regex IdPlaceholder();
}

/// <summary>The site's endpoints from its route table, so that a test over all of them covers a new one without listing it.</summary>
public static class SiteEndpoints
{
    public static List<SiteEndpoint> All(CareersSite site) =>
        [.. site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => new SiteEndpoint(
                method,
                e.RoutePattern.RawText!.TrimStart('/'),
                e.Metadata.GetMetadata<IAuthorizeData>() is not null,
                EffectiveRoles(e.Metadata.GetOrderedMetadata<IAuthorizeData>()),
                e.Metadata.GetMetadata<ControllerActionDescriptor>())))
            .OrderBy(e => e.Pattern, StringComparer.Ordinal)
            .ThenBy(e => e.Method, StringComparer.Ordinal)];

    /// <summary>The roles that pass every [Authorize] on the endpoint (each must hold), in the first one's order.</summary>
    private static string EffectiveRoles(IReadOnlyList<IAuthorizeData> rules)
    {
        var lists = rules.Select(a => a.Roles).OfType<string>().Select(roles => roles.Split(',', StringSplitOptions.TrimEntries)).ToList();
        return lists.Count == 0 ? "" : string.Join(",", lists.Skip(1).Aggregate((IEnumerable<string>)lists[0], (passing, next) => passing.Intersect(next)));
    }

    /// <summary>Those that need a sign-in or live in a signed-in area.</summary>
    public static List<SiteEndpoint> Protected(CareersSite site) =>
        [.. All(site).Where(e => e.NeedsSignIn || e.IsRecruiterArea || e.IsAdminArea)];

    /// <summary>One real record of each kind the signed-in areas name by id; <paramref name="postingId"/> for postings.</summary>
    public static async Task<Dictionary<string, string>> IdsAsync(CareersSite site, int postingId)
    {
        await using var db = site.CreateContext();
        db.AuditEntries.Add(new AuditEntry(DateTime.UtcNow, null, "test", AuditAction.Updated, "Skill", "1", "A change", null, "{}"));
        await db.SaveChangesAsync();
        string First<T>(IQueryable<T> ids) => ids.FirstOrDefault() is { } id ? Convert.ToString(id, CultureInfo.InvariantCulture)! : "0";
        var posting = postingId.ToString(CultureInfo.InvariantCulture);
        return new Dictionary<string, string>
        {
            ["postings"] = posting,
            ["moderation"] = posting,
            ["audit"] = First(db.AuditEntries.Select(a => a.Id)),
            ["users"] = First(db.Users.Select(u => u.Id)),
            ["roles"] = First(db.RoleProfiles.Select(r => r.Id)),
            ["skills"] = First(db.Skills.Select(s => s.Id)),
            ["areas"] = First(db.CareerAreas.Select(a => a.Id)),
            ["salaries"] = First(db.SalaryFigures.Select(f => f.Id)),
            ["sources"] = First(db.DataSources.Select(s => s.Id)),
            ["market"] = First(db.MarketFigures.Select(f => f.Id)),
        };
    }
}
