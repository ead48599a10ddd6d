using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Security;

/// <summary>
/// Every endpoint that needs a sign-in or lives in a signed-in area, found from the route table (so a new one is checked without being listed),
/// tried as every kind of user: anonymous, the owning recruiter, another recruiter, an editor and an admin.
/// </summary>
public sealed class AuthorizationMatrixTests(CareersSite site) : SiteTest(site)
{
    private sealed record Endpoint(string Method, string Pattern)
    {
        public bool IsRecruiterArea => Pattern.StartsWith("recruiter/", StringComparison.Ordinal);

        public bool IsAdminArea => Pattern.StartsWith("admin/", StringComparison.Ordinal);

        public bool NamesAPosting => Pattern.Contains("{id", StringComparison.Ordinal);

        /// <summary>The path with {id} filled in: by default the posting's id, or the id given for its kind of object (admin/roles/{id}: a role).</summary>
        public string Path(int postingId, IReadOnlyDictionary<string, int>? idsByKind = null)
        {
            var id = idsByKind?.GetValueOrDefault(Pattern.Split('/')[1], postingId) ?? postingId;
            return "/" + Pattern.Replace("{id:int}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
    }

    private List<Endpoint> ProtectedEndpoints() =>
        [.. Site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is not null || e.RoutePattern.RawText!.TrimStart('/').Split('/')[0] is "recruiter" or "admin")
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => new Endpoint(method, e.RoutePattern.RawText!.TrimStart('/'))))
            .OrderBy(e => e.Pattern, StringComparer.Ordinal)];

    [Fact]
    public void Every_signed_in_endpoint_belongs_to_an_area_with_a_rule()
    {
        var endpoints = ProtectedEndpoints();

        Assert.Contains(endpoints, e => e.IsRecruiterArea);
        Assert.Contains(endpoints, e => e.IsAdminArea);
        Assert.All(endpoints, e => Assert.True(e.IsRecruiterArea || e.IsAdminArea || e.Pattern == "account/sign-out", $"{e.Method} /{e.Pattern} has no rule in this matrix"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_everywhere()
    {
        using var anonymous = Site.NewVisitor();
        foreach (var endpoint in ProtectedEndpoints())
        {
            var response = await SendAsync(anonymous, endpoint, 1);

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{endpoint} answered {response.StatusCode}");
            Assert.StartsWith("https://localhost/account/sign-in", response.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Recruiters_may_not_use_the_admin_area_and_editors_may_not_use_the_recruiter_area()
    {
        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, await TestPostings.RecruiterAsync(db), PostingStatus.InReview);
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);
        using var admin = await Site.SignInAsAsync("admin@pythoncareers.example", CareerRoles.Admin);

        foreach (var endpoint in ProtectedEndpoints())
        {
            if (endpoint.IsAdminArea)
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(recruiter, endpoint, posting.Id)).StatusCode);
            }

            if (endpoint.IsRecruiterArea)
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(editor, endpoint, posting.Id)).StatusCode);
                Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(admin, endpoint, posting.Id)).StatusCode);
            }
        }
    }

    [Fact]
    public async Task Another_recruiters_posting_is_not_found_on_every_recruiter_endpoint()
    {
        var (owner, ownerUser) = await Site.SignUpAsync("owner@snakeoil.example", "Snake Oil GmbH");
        using var _ = owner;
        var (stranger, _) = await Site.SignUpAsync("stranger@rival.example", "Rival Ltd");
        using var __ = stranger;
        await using var db = Site.CreateContext();
        foreach (var status in Enum.GetValues<PostingStatus>())
        {
            var posting = await TestPostings.PostingAsync(db, ownerUser, status);
            foreach (var endpoint in ProtectedEndpoints().Where(e => e.IsRecruiterArea && e.NamesAPosting))
            {
                var response = await SendAsync(stranger, endpoint, posting.Id);

                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{endpoint} on a {status} posting answered {response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task Editors_and_admins_can_open_the_moderation_area()
    {
        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, await TestPostings.RecruiterAsync(db), PostingStatus.InReview);
        var idsByKind = new Dictionary<string, int>
        {
            ["roles"] = await db.RoleProfiles.Select(r => r.Id).FirstAsync(),
            ["skills"] = await db.Skills.Select(s => s.Id).FirstAsync(),
            ["areas"] = await db.CareerAreas.Select(a => a.Id).FirstAsync(),
        };
        foreach (var role in new[] { CareerRoles.Editor, CareerRoles.Admin })
        {
            using var moderator = await Site.SignInAsAsync($"{role.ToLowerInvariant()}@pythoncareers.example", role);
            foreach (var endpoint in ProtectedEndpoints().Where(e => e.IsAdminArea && e.Method == "GET"))
            {
                Assert.True(HttpStatusCode.OK == (await SendAsync(moderator, endpoint, posting.Id, idsByKind)).StatusCode, $"{endpoint}");
            }
        }
    }

    /// <summary>GETs as they are; POSTs with a valid antiforgery token taken from a page the user can open, so only authorization decides.</summary>
    private static async Task<HttpResponseMessage> SendAsync(Visitor visitor, Endpoint endpoint, int postingId, IReadOnlyDictionary<string, int>? idsByKind = null)
    {
        if (endpoint.Method == "GET")
        {
            return (await visitor.GetAsync(endpoint.Path(postingId, idsByKind))).Response;
        }

        var (_, home) = await visitor.GetAsync("/");
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        return (await visitor.PostAsync(endpoint.Path(postingId), Visitor.Fields(("__RequestVerificationToken", token)))).Response;
    }
}
