using System.Net;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Security;

/// <summary>
/// Every endpoint that needs a sign-in or lives in a signed-in area, found from the route table (so a new one is checked
/// without being listed), tried as every kind of user: anonymous, the owning recruiter, another recruiter, an editor and an admin.
/// </summary>
public sealed class AuthorizationMatrixTests(CareersSite site) : SiteTest(site)
{
    private List<SiteEndpoint> ProtectedEndpoints() => SiteEndpoints.Protected(Site);

    private Task<Dictionary<string, string>> IdsAsync(int postingId) => SiteEndpoints.IdsAsync(Site, postingId);

    [Fact]
    public void Every_signed_in_endpoint_belongs_to_an_area_with_a_rule()
    {
        var endpoints = ProtectedEndpoints();

        Assert.Contains(endpoints, e => e.IsRecruiterArea);
        Assert.Contains(endpoints, e => e.IsAdminArea);
        Assert.All(endpoints, e => Assert.True(e.IsRecruiterArea || e.IsAdminArea || e.Pattern == "account/sign-out", $"{e} has no rule in this matrix"));
        Assert.All(endpoints.Where(e => e.IsRecruiterArea), e => Assert.Equal(CareerRoles.Recruiter, e.Roles));
        Assert.All(endpoints.Where(e => e.IsAdminArea), e => Assert.True(e.Roles is CareerRoles.EditorOrAdmin or CareerRoles.Admin, $"{e} allows {e.Roles}"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_everywhere()
    {
        using var anonymous = Site.NewVisitor();
        var ids = await IdsAsync(1);
        foreach (var endpoint in ProtectedEndpoints())
        {
            var response = await SendAsync(anonymous, endpoint, ids);

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{endpoint} answered {response.StatusCode}");
            Assert.StartsWith("https://localhost/account/sign-in", response.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Each_role_is_kept_to_its_own_area()
    {
        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, await TestPostings.RecruiterAsync(db), PostingStatus.InReview);
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);
        using var admin = await Site.SignInAsAsync("admin@pythoncareers.example", CareerRoles.Admin);
        var ids = await IdsAsync(posting.Id);

        foreach (var endpoint in ProtectedEndpoints())
        {
            if (endpoint.IsAdminArea)
            {
                Assert.True(HttpStatusCode.Forbidden == (await SendAsync(recruiter, endpoint, ids)).StatusCode, $"recruiter on {endpoint}");
            }

            if (endpoint.IsAdminOnly)
            {
                Assert.True(HttpStatusCode.Forbidden == (await SendAsync(editor, endpoint, ids)).StatusCode, $"editor on {endpoint}");
            }

            if (endpoint.IsRecruiterArea)
            {
                Assert.True(HttpStatusCode.Forbidden == (await SendAsync(editor, endpoint, ids)).StatusCode, $"editor on {endpoint}");
                Assert.True(HttpStatusCode.Forbidden == (await SendAsync(admin, endpoint, ids)).StatusCode, $"admin on {endpoint}");
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
            var ids = await IdsAsync(posting.Id);
            foreach (var endpoint in ProtectedEndpoints().Where(e => e.IsRecruiterArea && e.NamesARecord))
            {
                var response = await SendAsync(stranger, endpoint, ids);

                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{endpoint} on a {status} posting answered {response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task Editors_and_admins_can_open_every_admin_page_they_are_allowed()
    {
        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, await TestPostings.RecruiterAsync(db), PostingStatus.InReview);
        var ids = await IdsAsync(posting.Id);
        foreach (var role in new[] { CareerRoles.Editor, CareerRoles.Admin })
        {
            using var moderator = await Site.SignInAsAsync($"{role.ToLowerInvariant()}@pythoncareers.example", role);
            foreach (var endpoint in ProtectedEndpoints().Where(e => e.IsAdminArea && e.Method == "GET" && (role == CareerRoles.Admin || !e.IsAdminOnly)))
            {
                var response = await SendAsync(moderator, endpoint, ids);

                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} on {endpoint} answered {response.StatusCode}");
            }
        }
    }

    /// <summary>GETs as they are; POSTs with a valid antiforgery token taken from a page the user can open, so only authorization decides.</summary>
    private static async Task<HttpResponseMessage> SendAsync(Visitor visitor, SiteEndpoint endpoint, IReadOnlyDictionary<string, string> ids)
    {
        if (endpoint.Method == "GET")
        {
            return (await visitor.GetAsync(endpoint.Path(ids))).Response;
        }

        var (_, home) = await visitor.GetAsync("/");
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        return (await visitor.PostAsync(endpoint.Path(ids), Visitor.Fields(("__RequestVerificationToken", token)))).Response;
    }
}
