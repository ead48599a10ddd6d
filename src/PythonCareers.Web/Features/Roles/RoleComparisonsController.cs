using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Common;
using PythonCareers.Core.Market;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Sources;
using PythonCareers.Web.Features.Home;
using PythonCareers.Web.Features.Salaries;
using PythonCareers.Web.Features.Skills;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Roles;

/// <summary>Two roles side by side, and the picker that leads there from a role page or, without JavaScript, from any form.</summary>
[ReadsFromReplica]
[Route("roles/compare")]
public sealed class RoleComparisonsController(AppDbContext db, PostedPayIndex postedPay, TimeProvider clock) : Controller
{
    // The views live among the role views: by this controller's own name they would be looked for in a folder of their own.
    private const string PickView = "/Features/Roles/Pick.cshtml";
    private const string CompareView = "/Features/Roles/Compare.cshtml";

    /// <summary>
    /// The picker's GET form: with neither role, the picker alone; with both, a redirect to their comparison under their
    /// current slugs, or the 404 page when either is not a published role's slug or a former one.
    /// </summary>
    [HttpGet("")]
    [OutputCache(PolicyName = PublicPages.ContentPolicy)]
    public async Task<IActionResult> Pick(string? a, string? b, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var roles = await PublishedRolesAsync(cancellationToken);
        if (a is null && b is null)
        {
            return View(PickView, new RolePickerViewModel([.. roles.Select(r => r.Link)], null, null, null));
        }

        var first = await CurrentSlugAsync(roles, a, cancellationToken);
        var second = await CurrentSlugAsync(roles, b, cancellationToken);
        return first is null || second is null ? NotFound() : RedirectToAction(nameof(Compare), new { a = first, b = second });
    }

    /// <summary>
    /// The comparison, in the order asked (the role a visitor starts from stays on the left), with one canonical address for
    /// both orders. The same role twice answers 400 with the picker: like a refused form, the request cannot be answered as
    /// asked, and a 400 keeps the page out of search engines and out of the output cache.
    /// </summary>
    [HttpGet("{a:slug}/{b:slug}")]
    [OutputCache(PolicyName = PublicPages.PostingsPolicy)]
    public async Task<IActionResult> Compare(string a, string b, CancellationToken cancellationToken)
    {
        // Rendered afresh, the page runs four statements: the published roles (the picker lists them all, and the pair is
        // found among them), one UNION of everything else it shows of the two from the editors' content and the board, and
        // the posted-salary index of each role. A former slug costs one more look-up, on the way to the permanent redirect.
        var roles = await PublishedRolesAsync(cancellationToken);
        var first = roles.FirstOrDefault(r => r.Link.Slug == a);
        var second = roles.FirstOrDefault(r => r.Link.Slug == b);
        if (first is null || second is null)
        {
            var currentA = first?.Link.Slug ?? await db.ForwardedSlugAsync(a, cancellationToken);
            var currentB = second?.Link.Slug ?? await db.ForwardedSlugAsync(b, cancellationToken);
            return currentA is null || currentB is null ? NotFound() : RedirectToActionPermanent(nameof(Compare), new { a = currentA, b = currentB });
        }

        var links = roles.Select(r => r.Link).ToList();
        if (first.Id == second.Id)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(PickView, new RolePickerViewModel(links, a, null, $"You asked to compare {first.Link.Title} with itself: choose two different roles."));
        }

        var rows = await ComparedListsAsync(first.Id, second.Id, cancellationToken);
        var lists = rows
            .OrderBy(l => l.Order)
            .ThenBy(l => l.Name, StringComparer.OrdinalIgnoreCase)
            .Select(l => new
            {
                Row = l,
                Source = l.Publisher is null ? null : new SourceCitation(l.Publisher, l.SourceTitle!, l.Url, l.SourceAsOf!.Value, l.SourcePrecision!.Value),
            })
            .ToLookup(l => (l.Row.Kind, l.Row.RoleId));

        RoleSide Side(PublishedRole role) => new(
            role.Link.Slug, role.Link.Title, role.Summary, lists[(ListKind.OpenPostings, role.Id)].Select(l => l.Row.OpenPositions!.Value).FirstOrDefault());
        List<string> Duties(PublishedRole role) => [.. lists[(ListKind.Responsibility, role.Id)].Select(l => l.Row.Name!)];
        List<SkillLink> Skills(PublishedRole role) => [.. lists[(ListKind.Skill, role.Id)].Select(l => new SkillLink(l.Row.Slug!, l.Row.Name!))];
        List<SalaryFigureView> Salaries(PublishedRole role) => [.. lists[(ListKind.Salary, role.Id)].Select(l => new SalaryFigureView(
            role.Link.Slug, role.Link.Title, l.Row.CountryCode, l.Row.Currency!, l.Row.SalaryKind!.Value, l.Row.Level!.Value, l.Row.Period!.Value,
            l.Row.Minimum, l.Row.Average, l.Row.Maximum, l.Row.Derivation, l.Source!, l.Row.AsOf!.Value))];

        var firstPosted = await postedPay.LatestAsync(first.Link.Slug, cancellationToken);
        var secondPosted = await postedPay.LatestAsync(second.Link.Slug, cancellationToken);
        var (firstDuties, secondDuties) = RoleComparison.MarkSharedDuties(Duties(first), Duties(second));
        var (both, firstOnly, secondOnly) = RoleComparison.SplitSkills(Skills(first), Skills(second));
        var market = lists[(ListKind.Market, 0)]
            .OrderBy(l => l.Row.CountryCode, StringComparer.Ordinal)
            .ThenBy(l => l.Row.Level)
            .Select(l => new MarketFigureView(IsoCodes.CountryName(l.Row.CountryCode!), l.Row.Level!.Value, l.Row.OpenPositions!.Value, l.Row.IsApproximate!.Value, l.Source!))
            .ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (canonicalA, canonicalB) = RoleComparison.CanonicalOrder(a, b);
        ViewData["CanonicalPath"] = Url.Action(nameof(Compare), new { a = canonicalA, b = canonicalB });

        return View(CompareView, new RoleComparisonViewModel(
            Side(first),
            Side(second),
            firstDuties,
            secondDuties,
            [.. lists[(ListKind.SharedActivity, 0)].Select(l => new TextWithSource(l.Row.Name!, l.Source!))],
            both,
            firstOnly,
            secondOnly,
            RoleComparison.PairCitedPay(Salaries(first), Salaries(second)),
            RoleComparison.PairPostedPay(firstPosted, secondPosted),
            market,
            new SourceCitation("PythonCareers", "Open postings on the board", null, today, DatePrecision.Day),
            new RolePickerViewModel(links, a, b, null)));
    }

    /// <summary>The published roles in the site's order: few, and the picker lists them all.</summary>
    private async Task<List<PublishedRole>> PublishedRolesAsync(CancellationToken cancellationToken) =>
        await db.RoleProfiles.Published()
            .OrderBy(r => r.SortOrder)
            .Select(r => new PublishedRole(r.Id, new RoleLink(r.Slug, r.Title), r.Summary))
            .ToListAsync(cancellationToken);

    /// <summary>The current slug of the published role <paramref name="slug"/> names now or used to name, or null.</summary>
    private async Task<string?> CurrentSlugAsync(List<PublishedRole> roles, string? slug, CancellationToken cancellationToken) =>
        !Slug.IsValid(slug) ? null
        : roles.Any(r => r.Link.Slug == slug) ? slug
        : await db.ForwardedSlugAsync(slug!, cancellationToken);

    /// <summary>
    /// Everything the page lists of the two roles in one UNION of one row shape, each branch filling the columns of its kind,
    /// with the role a row belongs to (0 for the lists every role shares). As on the role page, the salary figures come first
    /// because PostgreSQL takes the UNION's column types from its first branch, and theirs fill every enum column.
    /// </summary>
    private Task<List<ComparedRow>> ComparedListsAsync(int firstId, int secondId, CancellationToken cancellationToken)
    {
        var pair = db.RoleProfiles.Where(r => r.Id == firstId || r.Id == secondId);
        return db.CurrentSalaryFigures().Where(f => f.RoleProfileId == firstId || f.RoleProfileId == secondId)
            .Select(f => new ComparedRow
            {
                Kind = ListKind.Salary, RoleId = f.RoleProfileId, Slug = null, Name = null, Order = 0,
                CountryCode = f.CountryCode, Level = f.Level, Currency = f.Currency, SalaryKind = f.Kind,
                Period = f.Period, Minimum = f.Minimum, Average = f.Average, Maximum = f.Maximum, Derivation = f.Derivation,
                OpenPositions = null, IsApproximate = null, AsOf = f.AsOf,
                Publisher = f.Source.Publisher, SourceTitle = f.Source.Title, Url = f.Source.Url,
                SourceAsOf = f.Source.AsOf, SourcePrecision = f.Source.AsOfPrecision,
            })
            .Concat(db.CareerFacts.Where(x => x.Kind == CareerFactKind.SharedActivity).Select(x => new ComparedRow
            {
                Kind = ListKind.SharedActivity, RoleId = 0, Slug = null, Name = x.Text, Order = x.Position,
                CountryCode = null, Level = null, Currency = null, SalaryKind = null,
                Period = null, Minimum = null, Average = null, Maximum = null, Derivation = null,
                OpenPositions = null, IsApproximate = null, AsOf = null,
                Publisher = x.Source.Publisher, SourceTitle = x.Source.Title, Url = x.Source.Url,
                SourceAsOf = x.Source.AsOf, SourcePrecision = x.Source.AsOfPrecision,
            }))
            .Concat(pair.SelectMany(r => r.Responsibilities, (r, x) => new ComparedRow
            {
                Kind = ListKind.Responsibility, RoleId = r.Id, Slug = null, Name = x.Text, Order = x.Position,
                CountryCode = null, Level = null, Currency = null, SalaryKind = null,
                Period = null, Minimum = null, Average = null, Maximum = null, Derivation = null,
                OpenPositions = null, IsApproximate = null, AsOf = null,
                Publisher = null, SourceTitle = null, Url = null,
                SourceAsOf = null, SourcePrecision = null,
            }))
            .Concat(pair.SelectMany(r => r.Skills, (r, x) => new ComparedRow
            {
                Kind = ListKind.Skill, RoleId = r.Id, Slug = x.Slug, Name = x.Name, Order = 0,
                CountryCode = null, Level = null, Currency = null, SalaryKind = null,
                Period = null, Minimum = null, Average = null, Maximum = null, Derivation = null,
                OpenPositions = null, IsApproximate = null, AsOf = null,
                Publisher = null, SourceTitle = null, Url = null,
                SourceAsOf = null, SourcePrecision = null,
            }))
            .Concat(db.OpenPostingsByRole().Where(o => o.RoleProfileId == firstId || o.RoleProfileId == secondId).Select(o => new ComparedRow
            {
                Kind = ListKind.OpenPostings, RoleId = o.RoleProfileId, Slug = null, Name = null, Order = 0,
                CountryCode = null, Level = null, Currency = null, SalaryKind = null,
                Period = null, Minimum = null, Average = null, Maximum = null, Derivation = null,
                OpenPositions = o.Open, IsApproximate = null, AsOf = null,
                Publisher = null, SourceTitle = null, Url = null,
                SourceAsOf = null, SourcePrecision = null,
            }))
            .Concat(db.MarketFigures.Select(m => new ComparedRow
            {
                Kind = ListKind.Market, RoleId = 0, Slug = null, Name = null, Order = 0,
                CountryCode = m.CountryCode, Level = m.Level, Currency = null, SalaryKind = null,
                Period = null, Minimum = null, Average = null, Maximum = null, Derivation = null,
                OpenPositions = m.OpenPositions, IsApproximate = m.IsApproximate, AsOf = null,
                Publisher = m.Source.Publisher, SourceTitle = m.Source.Title, Url = m.Source.Url,
                SourceAsOf = m.Source.AsOf, SourcePrecision = m.Source.AsOfPrecision,
            }))
            .ToListAsync(cancellationToken);
    }

    private sealed record PublishedRole(int Id, RoleLink Link, string Summary);

    /// <summary>One row of the comparison's UNION; a class with settable members, so that EF Core can project every branch into it.</summary>
    private sealed class ComparedRow
    {
        public ListKind Kind { get; init; }

        public int RoleId { get; init; }

        public string? Slug { get; init; }

        public string? Name { get; init; }

        public int Order { get; init; }

        public string? CountryCode { get; init; }

        public CareerLevel? Level { get; init; }

        public string? Currency { get; init; }

        public EmploymentKind? SalaryKind { get; init; }

        public PayPeriod? Period { get; init; }

        public decimal? Minimum { get; init; }

        public decimal? Average { get; init; }

        public decimal? Maximum { get; init; }

        public string? Derivation { get; init; }

        public int? OpenPositions { get; init; }

        public bool? IsApproximate { get; init; }

        public DateOnly? AsOf { get; init; }

        public string? Publisher { get; init; }

        public string? SourceTitle { get; init; }

        public string? Url { get; init; }

        public DateOnly? SourceAsOf { get; init; }

        public DatePrecision? SourcePrecision { get; init; }
    }

    /// <summary>Which list of the comparison a row of its UNION belongs to.</summary>
    private enum ListKind
    {
        Responsibility,
        Skill,
        SharedActivity,
        Salary,
        OpenPostings,
        Market,
    }
}
