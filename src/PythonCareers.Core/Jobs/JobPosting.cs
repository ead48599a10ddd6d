using System.Linq.Expressions;
using NpgsqlTypes;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Jobs;

/// <summary>
/// A role a recruiter wants to fill. It goes live only after an editor approves it. Editing a published posting
/// makes a revision (another row, <see cref="RevisionOfId"/> set) that goes to review while the live one stays as it is.
/// </summary>
public sealed class JobPosting
{
    public const int TitleMaxLength = 120;
    public const int CityMaxLength = 100;
    public const int DescriptionMaxLength = 20_000;
    public const int ApplyUrlMaxLength = 500;
    public const int ApplyEmailMaxLength = EmailAddress.MaxLength;
    public const int ReasonMaxLength = 1000;
    public const int MaxSkills = 20;
    public const int MaxRemoteCountries = 50;
    public static readonly TimeSpan RenewalWindow = TimeSpan.FromDays(7);

    /// <summary>How long before its closing time the recruiter is reminded, with a link that renews it.</summary>
    public static readonly TimeSpan ReminderLead = TimeSpan.FromDays(3);

    /// <summary>
    /// Live at a moment: published, before its closing time, and not a revision waiting for review; the only postings a
    /// job seeker may see and apply to. Queries filter with this expression (<see cref="LivePostings"/>) and
    /// <see cref="IsLiveAt"/> runs it compiled, so the SQL and the in-memory rule are one definition.
    /// </summary>
    public static readonly Expression<Func<JobPosting, DateTime, bool>> LiveAt =
        (posting, at) => posting.Status == PostingStatus.Published && posting.ExpiresAt > at && posting.RevisionOfId == null;

    private static readonly Func<JobPosting, DateTime, bool> LiveAtRule = LiveAt.Compile();

    private JobPosting()
    {
    }

    public JobPosting(string recruiterId, Company company, PostingDetails details, string roleTitle, IEnumerable<string> skillNames, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(company);
        RecruiterId = recruiterId;
        CompanyId = company.Id;
        Company = company;
        CompanyName = company.Name;
        Status = PostingStatus.Draft;
        CreatedAt = now;
        Apply(details, roleTitle, skillNames, now);
    }

    /// <summary>A new posting from the same recruiter and company as <paramref name="source"/> (a revision or a duplicate).</summary>
    private JobPosting(JobPosting source, PostingDetails details, string roleTitle, IEnumerable<string> skillNames, DateTime now)
    {
        RecruiterId = source.RecruiterId;
        CompanyId = source.CompanyId;
        CompanyName = source.CompanyName;
        Status = PostingStatus.Draft;
        CreatedAt = now;
        Apply(details, roleTitle, skillNames, now);
    }

    public int Id { get; private set; }

    public string RecruiterId { get; private set; } = "";

    public CareerUser Recruiter { get; private set; } = null!;

    public int CompanyId { get; private set; }

    public Company Company { get; private set; } = null!;

    /// <summary>Copied from the company for search, which weights it.</summary>
    public string CompanyName { get; private set; } = "";

    public PostingStatus Status { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The title as a URL name, for /jobs/{id}/{slug}.</summary>
    public string Slug { get; private set; } = "";

    public int RoleProfileId { get; private set; }

    public RoleProfile RoleProfile { get; private set; } = null!;

    /// <summary>Copied from the role profile for search.</summary>
    public string RoleTitle { get; private set; } = "";

    public EmploymentType EmploymentType { get; private set; }

    public JobLevel Level { get; private set; }

    public string City { get; private set; } = "";

    public string CountryCode { get; private set; } = "";

    public Workplace Workplace { get; private set; }

    /// <summary>For remote work: the countries applicants may live in (ISO 3166).</summary>
    public List<string> RemoteCountries { get; private set; } = [];

    public decimal SalaryMin { get; private set; }

    public decimal SalaryMax { get; private set; }

    public string Currency { get; private set; } = "";

    public PayPeriod SalaryPeriod { get; private set; }

    /// <summary>Yearly equivalents, computed by PostgreSQL, so a salary floor compares like with like.</summary>
    public decimal SalaryMinYearly { get; private set; }

    /// <summary>
    /// The warnings about the pay (<see cref="SalaryWarning"/>, by name) that the recruiter confirmed when last saving it, so
    /// the editor who reviews it knows the pay was meant.
    /// </summary>
    public List<string> ConfirmedSalaryWarnings { get; private set; } = [];

    public decimal SalaryMaxYearly { get; private set; }

    /// <summary>Markdown, rendered and sanitised on display.</summary>
    public string Description { get; private set; } = "";

    public List<int> SkillIds { get; private set; } = [];

    /// <summary>Copied from the skills for search.</summary>
    public string SkillNames { get; private set; } = "";

    public string? ApplyUrl { get; private set; }

    public string? ApplyEmail { get; private set; }

    public bool VisaSponsorship { get; private set; }

    public bool Relocation { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public DateTime? ExpiresAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    /// <summary>The closing time the recruiter was last reminded of: a renewal moves it, and the next reminder is due again.</summary>
    public DateTime? RemindedOfExpiry { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>Set on a revision: the published posting it would replace once approved.</summary>
    public int? RevisionOfId { get; private set; }

    public NpgsqlTsVector SearchVector { get; private set; } = null!;

    /// <summary>PostgreSQL's row version, so two editors deciding on one posting cannot both win.</summary>
    public uint Version { get; private set; }

    public bool IsRevision => RevisionOfId is not null;

    private IEnumerable<string> SkillNameList => SkillNames.Split(", ", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A draft or a rejected posting changes in place and can be sent for review.</summary>
    public bool CanEditFreely => Status is PostingStatus.Draft or PostingStatus.Rejected;

    /// <summary>Only a posting in review, not a revision, can be taken back to edit.</summary>
    public bool CanRecall => Status == PostingStatus.InReview && !IsRevision;

    public bool IsLiveAt(DateTime at) => LiveAtRule(this, at);

    /// <summary>A draft or rejected posting is edited in place; a live one gets a revision.</summary>
    public bool CanEdit(DateTime at) => CanEditFreely || IsLiveAt(at);

    public bool CanRenew(DateTime at) => IsLiveAt(at) && ExpiresAt - at <= RenewalWindow;

    public bool CanMarkFilled(DateTime at) => IsLiveAt(at);

    /// <summary>Anything not yet closed can be withdrawn: a draft, a posting in review, a rejected one or a live one.</summary>
    public bool CanWithdraw(DateTime at) => !IsRevision && (Status is PostingStatus.Draft or PostingStatus.InReview or PostingStatus.Rejected || IsLiveAt(at));

    public PostingDetails ToDetails() => new(
        Title, RoleProfileId, EmploymentType, Level, City, CountryCode, Workplace, [.. RemoteCountries], SalaryMin, SalaryMax, Currency, SalaryPeriod,
        Description, [.. SkillIds], ApplyUrl, ApplyEmail, VisaSponsorship, Relocation)
    {
        ConfirmedSalaryWarnings = [.. ConfirmedSalaryWarnings.Select(Enum.Parse<SalaryWarning>)],
    };

    /// <summary>Replaces the content of a draft or rejected posting; a rejected one becomes a draft again.</summary>
    public void Edit(PostingDetails details, string roleTitle, IEnumerable<string> skillNames, DateTime now)
    {
        Require(CanEditFreely, "Only a draft or a rejected posting can be edited directly.");
        Apply(details, roleTitle, skillNames, now);
        Status = PostingStatus.Draft;
    }

    /// <summary>A copy of a published posting's new content, waiting for review while the posting stays live.</summary>
    public JobPosting CreateRevision(PostingDetails details, string roleTitle, IEnumerable<string> skillNames, DateTime now)
    {
        Require(IsLiveAt(now), "Only a live posting gets revisions.");
        var revision = new JobPosting(this, details, roleTitle, skillNames, now) { RevisionOfId = Id };
        revision.Submit(now);
        return revision;
    }

    public void Submit(DateTime now)
    {
        Require(CanEditFreely, $"A posting that is {Status.DisplayName().ToLowerInvariant()} cannot be sent for review.");
        Status = PostingStatus.InReview;
        SubmittedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Takes a posting back out of review so the recruiter can change it.</summary>
    public void Recall(DateTime now)
    {
        Require(CanRecall, "Only a posting in review can be taken back.");
        Status = PostingStatus.Draft;
        UpdatedAt = now;
    }

    public void Approve(DateTime now, TimeSpan lifetime)
    {
        Require(Status == PostingStatus.InReview && !IsRevision, "Only a posting in review can be approved.");
        Status = PostingStatus.Published;
        PublishedAt = now;
        ExpiresAt = now + lifetime;
        RejectionReason = null;
        UpdatedAt = now;
    }

    /// <summary>Takes an approved revision's content into this live posting; the caller removes the revision.</summary>
    public void ApplyRevision(JobPosting revision, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(revision);
        Require(IsLiveAt(now), "The posting is no longer live, so its revision cannot be applied.");
        Require(revision.RevisionOfId == Id && revision.Status == PostingStatus.InReview, "Only a revision in review can be approved.");
        Apply(revision.ToDetails(), revision.RoleTitle, revision.SkillNameList, now);
    }

    public void Reject(string reason, DateTime now)
    {
        Require(Status == PostingStatus.InReview, "Only a posting in review can be rejected.");
        RejectionReason = Guard.Text(reason, "A reason", ReasonMaxLength);
        Status = PostingStatus.Rejected;
        UpdatedAt = now;
    }

    public void Renew(DateTime now, TimeSpan lifetime)
    {
        Require(CanRenew(now), $"A posting can be renewed only while live and in its last {RenewalWindow.Days} days.");
        ExpiresAt = now + lifetime;
        UpdatedAt = now;
    }

    public void Reminded() => RemindedOfExpiry = ExpiresAt;

    public void MarkFilled(DateTime now)
    {
        Require(CanMarkFilled(now), "Only a live posting can be marked filled.");
        Close(PostingStatus.Filled, now);
    }

    public void Withdraw(DateTime now)
    {
        Require(CanWithdraw(now), "This posting is already closed.");
        Close(PostingStatus.Withdrawn, now);
    }

    /// <summary>A new draft with the same content, for posting a similar role again.</summary>
    public JobPosting Duplicate(DateTime now) => new(this, ToDetails(), RoleTitle, SkillNameList, now);

    private void Close(PostingStatus status, DateTime now)
    {
        Status = status;
        ClosedAt = now;
        UpdatedAt = now;
    }

    private void Apply(PostingDetails details, string roleTitle, IEnumerable<string> skillNames, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(details);
        Title = Guard.Text(details.Title, "The title", TitleMaxLength);
        Slug = Common.Slug.FromText(Title);
        RoleProfileId = details.RoleProfileId;
        RoleTitle = roleTitle;
        EmploymentType = Enum.IsDefined(details.EmploymentType) ? details.EmploymentType : throw new DomainRuleException("Unknown employment type.");
        Level = Enum.IsDefined(details.Level) ? details.Level : throw new DomainRuleException("Unknown level.");
        City = Guard.Text(details.City, "The city", CityMaxLength);
        CountryCode = IsoCodes.RequireCountry(details.CountryCode);
        Workplace = Enum.IsDefined(details.Workplace) ? details.Workplace : throw new DomainRuleException("Unknown workplace.");
        RemoteCountries = Workplace == Workplace.Remote ? [.. details.RemoteCountries.Select(IsoCodes.RequireCountry).Distinct()] : [];
        Require(Workplace != Workplace.Remote || RemoteCountries.Count > 0, "A remote posting names the countries it accepts applicants from.");
        Require(RemoteCountries.Count <= MaxRemoteCountries, $"A remote posting names at most {MaxRemoteCountries} countries.");
        Currency = IsoCodes.RequireCurrency(details.Currency);
        Require(details.SalaryMin > 0 && details.SalaryMin <= details.SalaryMax, "The salary range must be above zero with the minimum not above the maximum.");
        SalaryMin = details.SalaryMin;
        SalaryMax = details.SalaryMax;
        SalaryPeriod = Enum.IsDefined(details.SalaryPeriod) ? details.SalaryPeriod : throw new DomainRuleException("Unknown pay period.");
        ConfirmedSalaryWarnings = [.. details.ConfirmedSalaryWarnings.Where(Enum.IsDefined).Distinct().Select(warning => warning.ToString())];
        Description = Guard.Text(details.Description, "The description", DescriptionMaxLength);
        SkillIds = [.. details.SkillIds.Distinct()];
        Require(SkillIds.Count <= MaxSkills, $"A posting names at most {MaxSkills} skills.");
        SkillNames = string.Join(", ", skillNames);
        Require(details.ApplyUrl is not null || details.ApplyEmail is not null, "Say how to apply: a web address or an email address.");
        Require(details.ApplyUrl is null || WebAddress.IsValid(details.ApplyUrl), "The apply address must be an http or https web address.");
        Require(details.ApplyEmail is null || EmailAddress.IsValid(details.ApplyEmail), "The apply email must be a plain address such as jobs@example.com.");
        ApplyUrl = details.ApplyUrl;
        ApplyEmail = details.ApplyEmail;
        VisaSponsorship = details.VisaSponsorship;
        Relocation = details.Relocation;
        UpdatedAt = now;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainRuleException(message);
        }
    }
}
