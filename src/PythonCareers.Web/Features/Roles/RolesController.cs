using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Market;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Sources;
using PythonCareers.Web.Features.CareerAreas;
using PythonCareers.Web.Features.Home;
using PythonCareers.Web.Features.Jobs;
using PythonCareers.Web.Features.Salaries;
using PythonCareers.Web.Features.Skills;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Roles;

[ReadsFromReplica]
[Route("roles")]
public sealed class RolesController(AppDbContext db, PostedPayIndex postedPay) : Controller
{
    [HttpGet("")]
    [OutputCache(PolicyName = PublicPages.ContentPolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await RoleCards.ListAsync(db.RoleProfiles.Published(), db.CurrentSalaryFigures(), cancellationToken));

    [HttpGet("{slug:slug}")]
    [OutputCache(PolicyName = PublicPages.PostingsPolicy)]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        // Rendered afresh (after a write evicted it), the page runs three statements: the role with its open postings (the
        // figure the database keeps, OpenPostingCounts) and its newest ones; one UNION of everything else it lists; and its
        // figures in the posted-salary index, whose row shape no branch of the UNION shares.
        // Each round trip costs more than most of these small reads, and counting a role's thousands of live postings
        // cost more than all the rest, so neither is done twice.
        var open = db.OpenPostingsByRole();
        var live = db.JobPostings.Live();
        var role = await db.RoleProfiles.Published()
            .Where(r => r.Slug == slug)
            .Select(r => new
            {
                r.Id,
                r.Slug,
                r.Title,
                r.Summary,
                r.Description,
                r.BackgroundAndEducation,
                Source = new SourceCitation(r.Source.Publisher, r.Source.Title, r.Source.Url, r.Source.AsOf, r.Source.AsOfPrecision),
                OpenPostings = open.Where(o => o.RoleProfileId == r.Id).Select(o => o.Open).FirstOrDefault(),
                Newest = live.Where(p => p.RoleProfileId == r.Id)
                    .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
                    .Take(RoleJobsViewModel.Shown)
                    .Select(PostingSummary.FromPosting)
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (role is null)
        {
            return await db.ForwardedSlugAsync(slug, cancellationToken) is { } current ? RedirectToActionPermanent(nameof(Details), new { slug = current }) : NotFound();
        }

        // One row shape for every list: each branch fills the columns of its kind and leaves the others empty. The salary
        // figures come first because PostgreSQL takes the UNION's column types from its first branch, and theirs are the
        // only one with every enum column (stored as text) filled: an empty enum there would be typed as an integer.
        var ofRole = db.RoleProfiles.Where(r => r.Id == role.Id);
        var rows = await db.CurrentSalaryFigures().Where(f => f.RoleProfileId == role.Id)
            .Select(f => new
            {
                Kind = ListKind.Salary, Slug = (string?)null, Name = (string?)null, Order = 0,
                f.CountryCode, Level = (CareerLevel?)f.Level, Currency = (string?)f.Currency, SalaryKind = (EmploymentKind?)f.Kind,
                Period = (PayPeriod?)f.Period, f.Minimum, f.Average, f.Maximum, f.Derivation,
                OpenPositions = (int?)null, IsApproximate = (bool?)null, AsOf = (DateOnly?)f.AsOf,
                Publisher = (string?)f.Source.Publisher, SourceTitle = (string?)f.Source.Title, f.Source.Url,
                SourceAsOf = (DateOnly?)f.Source.AsOf, SourcePrecision = (DatePrecision?)f.Source.AsOfPrecision,
            })
            .Concat(db.CareerFacts.Where(a => a.Kind == CareerFactKind.SharedActivity).Select(a => new
            {
                Kind = ListKind.SharedActivity, Slug = (string?)null, Name = (string?)a.Text, Order = a.Position,
                CountryCode = (string?)null, Level = (CareerLevel?)null, Currency = (string?)null, SalaryKind = (EmploymentKind?)null,
                Period = (PayPeriod?)null, Minimum = (decimal?)null, Average = (decimal?)null, Maximum = (decimal?)null, Derivation = (string?)null,
                OpenPositions = (int?)null, IsApproximate = (bool?)null, AsOf = (DateOnly?)null,
                Publisher = (string?)a.Source.Publisher, SourceTitle = (string?)a.Source.Title, a.Source.Url,
                SourceAsOf = (DateOnly?)a.Source.AsOf, SourcePrecision = (DatePrecision?)a.Source.AsOfPrecision,
            }))
            .Concat(ofRole.SelectMany(r => r.Responsibilities).Select(x => new
            {
                Kind = ListKind.Responsibility, Slug = (string?)null, Name = (string?)x.Text, Order = x.Position,
                CountryCode = (string?)null, Level = (CareerLevel?)null, Currency = (string?)null, SalaryKind = (EmploymentKind?)null,
                Period = (PayPeriod?)null, Minimum = (decimal?)null, Average = (decimal?)null, Maximum = (decimal?)null, Derivation = (string?)null,
                OpenPositions = (int?)null, IsApproximate = (bool?)null, AsOf = (DateOnly?)null,
                Publisher = (string?)null, SourceTitle = (string?)null, Url = (string?)null,
                SourceAsOf = (DateOnly?)null, SourcePrecision = (DatePrecision?)null,
            }))
            .Concat(ofRole.SelectMany(r => r.Skills).Select(x => new
            {
                Kind = ListKind.Skill, Slug = (string?)x.Slug, Name = (string?)x.Name, Order = 0,
                CountryCode = (string?)null, Level = (CareerLevel?)null, Currency = (string?)null, SalaryKind = (EmploymentKind?)null,
                Period = (PayPeriod?)null, Minimum = (decimal?)null, Average = (decimal?)null, Maximum = (decimal?)null, Derivation = (string?)null,
                OpenPositions = (int?)null, IsApproximate = (bool?)null, AsOf = (DateOnly?)null,
                Publisher = (string?)null, SourceTitle = (string?)null, Url = (string?)null,
                SourceAsOf = (DateOnly?)null, SourcePrecision = (DatePrecision?)null,
            }))
            .Concat(ofRole.SelectMany(r => r.Areas).Select(x => new
            {
                Kind = ListKind.Area, Slug = (string?)x.Slug, Name = (string?)x.Name, Order = x.SortOrder,
                CountryCode = (string?)null, Level = (CareerLevel?)null, Currency = (string?)null, SalaryKind = (EmploymentKind?)null,
                Period = (PayPeriod?)null, Minimum = (decimal?)null, Average = (decimal?)null, Maximum = (decimal?)null, Derivation = (string?)null,
                OpenPositions = (int?)null, IsApproximate = (bool?)null, AsOf = (DateOnly?)null,
                Publisher = (string?)null, SourceTitle = (string?)null, Url = (string?)null,
                SourceAsOf = (DateOnly?)null, SourcePrecision = (DatePrecision?)null,
            }))
            .Concat(ofRole.SelectMany(r => r.RelatedRoles).Where(x => x.IsPublished).Select(x => new
            {
                Kind = ListKind.Related, Slug = (string?)x.Slug, Name = (string?)x.Title, Order = x.SortOrder,
                CountryCode = (string?)null, Level = (CareerLevel?)null, Currency = (string?)null, SalaryKind = (EmploymentKind?)null,
                Period = (PayPeriod?)null, Minimum = (decimal?)null, Average = (decimal?)null, Maximum = (decimal?)null, Derivation = (string?)null,
                OpenPositions = (int?)null, IsApproximate = (bool?)null, AsOf = (DateOnly?)null,
                Publisher = (string?)null, SourceTitle = (string?)null, Url = (string?)null,
                SourceAsOf = (DateOnly?)null, SourcePrecision = (DatePrecision?)null,
            }))
            .Concat(db.RoleProfiles.Published().Where(x => x.Id != role.Id).Select(x => new
            {
                Kind = ListKind.Other, Slug = (string?)x.Slug, Name = (string?)x.Title, Order = x.SortOrder,
                CountryCode = (string?)null, Level = (CareerLevel?)null, Currency = (string?)null, SalaryKind = (EmploymentKind?)null,
                Period = (PayPeriod?)null, Minimum = (decimal?)null, Average = (decimal?)null, Maximum = (decimal?)null, Derivation = (string?)null,
                OpenPositions = (int?)null, IsApproximate = (bool?)null, AsOf = (DateOnly?)null,
                Publisher = (string?)null, SourceTitle = (string?)null, Url = (string?)null,
                SourceAsOf = (DateOnly?)null, SourcePrecision = (DatePrecision?)null,
            }))
            .Concat(db.MarketFigures.Select(m => new
            {
                Kind = ListKind.Market, Slug = (string?)null, Name = (string?)null, Order = 0,
                CountryCode = (string?)m.CountryCode, Level = (CareerLevel?)m.Level, Currency = (string?)null, SalaryKind = (EmploymentKind?)null,
                Period = (PayPeriod?)null, Minimum = (decimal?)null, Average = (decimal?)null, Maximum = (decimal?)null, Derivation = (string?)null,
                OpenPositions = (int?)m.OpenPositions, IsApproximate = (bool?)m.IsApproximate, AsOf = (DateOnly?)null,
                Publisher = (string?)m.Source.Publisher, SourceTitle = (string?)m.Source.Title, m.Source.Url,
                SourceAsOf = (DateOnly?)m.Source.AsOf, SourcePrecision = (DatePrecision?)m.Source.AsOfPrecision,
            }))
            .ToListAsync(cancellationToken);
        var lists = rows
            .OrderBy(l => l.Order)
            .ThenBy(l => l.Name, StringComparer.OrdinalIgnoreCase)
            .Select(l => new
            {
                Row = l,
                Source = l.Publisher is null ? null : new SourceCitation(l.Publisher, l.SourceTitle!, l.Url, l.SourceAsOf!.Value, l.SourcePrecision!.Value),
            })
            .ToLookup(l => l.Row.Kind);

        // The salary figures as SalaryFigureView.FromEntity makes them, the role's slug and title being this role's.
        var salaries = lists[ListKind.Salary].Select(l => new SalaryFigureView(
            role.Slug, role.Title, l.Row.CountryCode, l.Row.Currency!, l.Row.SalaryKind!.Value, l.Row.Level!.Value, l.Row.Period!.Value,
            l.Row.Minimum, l.Row.Average, l.Row.Maximum, l.Row.Derivation, l.Source!, l.Row.AsOf!.Value));
        var market = lists[ListKind.Market]
            .OrderBy(l => l.Row.CountryCode, StringComparer.Ordinal)
            .ThenBy(l => l.Row.Level)
            .Select(l => new MarketFigureView(IsoCodes.CountryName(l.Row.CountryCode!), l.Row.Level!.Value, l.Row.OpenPositions!.Value, l.Row.IsApproximate!.Value, l.Source!))
            .ToList();

        return View(new RoleDetailsViewModel(
            role.Slug,
            role.Title,
            role.Summary,
            role.Description,
            role.BackgroundAndEducation,
            role.Source,
            [.. lists[ListKind.Responsibility].Select(l => l.Row.Name!)],
            [.. lists[ListKind.SharedActivity].Select(l => new TextWithSource(l.Row.Name!, l.Source!))],
            [.. lists[ListKind.Skill].Select(l => new SkillLink(l.Row.Slug!, l.Row.Name!))],
            [.. lists[ListKind.Area].Select(l => new AreaLink(l.Row.Slug!, l.Row.Name!))],
            [.. lists[ListKind.Related].Select(l => new RoleLink(l.Row.Slug!, l.Row.Name!))],
            [.. SalaryFigureView.InDisplayOrder(salaries)],
            new PostedPayViewModel(role.Title, await postedPay.LatestAsync(role.Slug, cancellationToken)),
            market,
            new RoleJobsViewModel(role.Slug, role.Title, role.OpenPostings, role.Newest),
            [.. lists[ListKind.Other].Select(l => new RoleLink(l.Row.Slug!, l.Row.Name!))]));
    }

    /// <summary>Which list of the role page a row of its UNION belongs to.</summary>
    private enum ListKind
    {
        Responsibility,
        Skill,
        Area,
        Related,
        SharedActivity,
        Salary,
        Market,

        /// <summary>The other published roles, which the picker offers to compare this one with.</summary>
        Other,
    }
}
