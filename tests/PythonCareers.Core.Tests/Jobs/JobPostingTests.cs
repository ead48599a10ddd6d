using PythonCareers.Core.Accounts;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Tests.Jobs;

public sealed class JobPostingTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);
    private static readonly Company Company = new("Snake Oil GmbH", new Uri("https://snakeoil.example"), "Tools.");

    private static PostingDetails Details(string title = "Python Developer") => new(
        title, 1, EmploymentType.FullTime, JobLevel.Mid, "Berlin", "DE", Workplace.OnSite, [], 60_000m, 80_000m, "EUR", PayPeriod.Year,
        "Write Python.", [3, 3, 4], "https://snakeoil.example/apply", null, false, false);

    private static JobPosting Draft(PostingDetails? details = null) => new("recruiter-1", Company, details ?? Details(), "Python Programmer", ["Django"], Now);

    private static JobPosting Live()
    {
        var posting = Draft();
        posting.Submit(Now);
        posting.Approve(Now, Lifetime);
        return posting;
    }

    private static JobPosting InStatus(PostingStatus status)
    {
        if (status == PostingStatus.Filled)
        {
            var filled = Live();
            filled.MarkFilled(Now);
            return filled;
        }

        var posting = Draft();
        switch (status)
        {
            case PostingStatus.InReview:
                posting.Submit(Now);
                break;
            case PostingStatus.Rejected:
                posting.Submit(Now);
                posting.Reject("The salary is missing or implausible.", Now);
                break;
            case PostingStatus.Withdrawn:
                posting.Withdraw(Now);
                break;
        }

        return posting;
    }

    [Fact]
    public void A_new_posting_is_a_draft_with_a_slug_and_distinct_skills()
    {
        var posting = Draft(Details("Senior Python Developer (Zürich)"));

        Assert.Equal(PostingStatus.Draft, posting.Status);
        Assert.Equal("senior-python-developer-zurich", posting.Slug);
        Assert.Equal([3, 4], posting.SkillIds);
        Assert.Equal("Snake Oil GmbH", posting.CompanyName);
    }

    [Theory]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("not a url", null)]
    [InlineData(null, "<img src=x onerror=alert(1)>@example.com")]
    [InlineData("https://snakeoil.example/apply", "jobs@example.com?bcc=everyone@example.com")]
    public void A_posting_is_never_stored_with_a_way_to_apply_that_its_page_would_not_show(string? url, string? email) =>
        Assert.Throws<DomainRuleException>(() => Draft(Details() with { ApplyUrl = url, ApplyEmail = email }));

    [Fact]
    public void The_review_path_runs_draft_review_published()
    {
        var posting = Draft();

        posting.Submit(Now);
        Assert.Equal(PostingStatus.InReview, posting.Status);
        posting.Approve(Now, Lifetime);

        Assert.Equal(PostingStatus.Published, posting.Status);
        Assert.Equal(Now + Lifetime, posting.ExpiresAt);
    }

    [Fact]
    public void A_rejected_posting_keeps_its_reason_until_it_is_edited_and_sent_again()
    {
        var posting = Draft();
        posting.Submit(Now);
        posting.Reject("The salary is missing or implausible.", Now);
        Assert.Equal((PostingStatus.Rejected, "The salary is missing or implausible."), (posting.Status, posting.RejectionReason));

        posting.Edit(Details("Better title"), "Python Programmer", [], Now);
        Assert.Equal(PostingStatus.Draft, posting.Status);
        posting.Submit(Now);
        Assert.Equal(PostingStatus.InReview, posting.Status);
    }

    [Fact]
    public void A_live_posting_is_not_edited_in_place_but_revised()
    {
        var live = Live();

        Assert.Throws<DomainRuleException>(() => live.Edit(Details("Changed"), "Python Programmer", [], Now));
        var revision = live.CreateRevision(Details("Changed"), "Python Programmer", [], Now);

        Assert.Equal("Python Developer", live.Title);
        Assert.Equal((PostingStatus.InReview, "Changed"), (revision.Status, revision.Title));
        Assert.True(revision.IsRevision);
    }

    [Theory]
    [InlineData(PostingStatus.Draft)]
    [InlineData(PostingStatus.Published)]
    public void Only_postings_in_review_are_decided(PostingStatus status)
    {
        var posting = status == PostingStatus.Published ? Live() : Draft();

        Assert.Throws<DomainRuleException>(() => posting.Approve(Now, Lifetime));
        Assert.Throws<DomainRuleException>(() => posting.Reject("No.", Now));
    }

    [Fact]
    public void Renewal_opens_in_the_last_seven_days()
    {
        var posting = Live();

        Assert.False(posting.CanRenew(Now.AddDays(22)));
        Assert.Throws<DomainRuleException>(() => posting.Renew(Now.AddDays(22), Lifetime));
        Assert.True(posting.CanRenew(Now.AddDays(23)));
        posting.Renew(Now.AddDays(25), Lifetime);
        Assert.Equal(Now.AddDays(55), posting.ExpiresAt);
    }

    [Fact]
    public void Renewal_opens_exactly_at_the_start_of_the_window()
    {
        var posting = Live();
        var opens = posting.ExpiresAt!.Value - JobPosting.RenewalWindow;

        Assert.False(posting.CanRenew(opens.AddTicks(-1)));
        Assert.True(posting.CanRenew(opens));
    }

    [Fact]
    public void A_posting_is_live_until_the_moment_it_closes()
    {
        var posting = Live();
        var closes = posting.ExpiresAt!.Value;

        Assert.True(posting.IsLiveAt(Now));
        Assert.True(posting.IsLiveAt(closes.AddTicks(-1)));
        Assert.False(posting.IsLiveAt(closes));
        Assert.False(posting.IsLiveAt(closes.AddTicks(1)));
    }

    [Fact]
    public void Drafts_postings_in_review_and_revisions_are_never_live()
    {
        var draft = Draft();
        var inReview = Draft();
        inReview.Submit(Now);
        var revision = Live().CreateRevision(Details("Changed"), "Python Programmer", [], Now);

        Assert.All(new[] { draft, inReview, revision }, posting => Assert.False(posting.IsLiveAt(Now)));
    }

    [Fact]
    public void A_posting_closing_exactly_now_can_no_longer_be_revised_renewed_filled_or_withdrawn()
    {
        var posting = Live();
        var closes = posting.ExpiresAt!.Value;
        var justBefore = closes.AddTicks(-1);

        Assert.Equal((true, true, true, true), (posting.CanEdit(justBefore), posting.CanRenew(justBefore), posting.CanMarkFilled(justBefore), posting.CanWithdraw(justBefore)));
        Assert.Equal((false, false, false, false), (posting.CanEdit(closes), posting.CanRenew(closes), posting.CanMarkFilled(closes), posting.CanWithdraw(closes)));
        Assert.Throws<DomainRuleException>(() => posting.CreateRevision(Details("Changed"), "Python Programmer", [], closes));
        Assert.Throws<DomainRuleException>(() => posting.Renew(closes, Lifetime));
        Assert.Throws<DomainRuleException>(() => posting.MarkFilled(closes));
        Assert.Throws<DomainRuleException>(() => posting.Withdraw(closes));
    }

    [Fact]
    public void A_revision_cannot_be_applied_to_a_posting_that_closed_meanwhile()
    {
        var posting = Live();
        var revision = posting.CreateRevision(Details("Changed"), "Python Programmer", [], Now);

        Assert.Throws<DomainRuleException>(() => posting.ApplyRevision(revision, posting.ExpiresAt!.Value));
        posting.ApplyRevision(revision, Now);
        Assert.Equal("Changed", posting.Title);
    }

    [Theory]
    [InlineData(PostingStatus.Draft, true, false, true)]
    [InlineData(PostingStatus.InReview, false, true, true)]
    [InlineData(PostingStatus.Rejected, true, false, true)]
    [InlineData(PostingStatus.Filled, false, false, false)]
    [InlineData(PostingStatus.Withdrawn, false, false, false)]
    public void What_a_posting_that_is_not_live_allows_does_not_depend_on_the_time(PostingStatus status, bool canEdit, bool canRecall, bool canWithdraw)
    {
        var posting = InStatus(status);

        foreach (var at in new[] { Now, Now + Lifetime, Now.AddYears(5) })
        {
            Assert.Equal((canEdit, canRecall, canWithdraw, false), (posting.CanEdit(at), posting.CanRecall, posting.CanWithdraw(at), posting.CanMarkFilled(at)));
        }
    }

    [Fact]
    public void A_revision_is_not_taken_back_withdrawn_or_filled_on_its_own()
    {
        var revision = Live().CreateRevision(Details("Changed"), "Python Programmer", [], Now);

        Assert.Equal((false, false, false), (revision.CanRecall, revision.CanWithdraw(Now), revision.CanMarkFilled(Now)));
        Assert.Throws<DomainRuleException>(() => revision.Recall(Now));
        Assert.Throws<DomainRuleException>(() => revision.Withdraw(Now));
    }

    [Fact]
    public void A_posting_names_at_most_the_limit_of_remote_countries_and_skills()
    {
        var countries = IsoCodes.AllCountries.Select(c => c.Code).ToList();
        var remote = Details() with { Workplace = Workplace.Remote };

        Assert.Equal(JobPosting.MaxRemoteCountries, Draft(remote with { RemoteCountries = countries[..JobPosting.MaxRemoteCountries] }).RemoteCountries.Count);
        Assert.Throws<DomainRuleException>(() => Draft(remote with { RemoteCountries = countries[..(JobPosting.MaxRemoteCountries + 1)] }));
        Assert.Equal(JobPosting.MaxSkills, Draft(Details() with { SkillIds = [.. Enumerable.Range(1, JobPosting.MaxSkills)] }).SkillIds.Count);
        Assert.Throws<DomainRuleException>(() => Draft(Details() with { SkillIds = [.. Enumerable.Range(1, JobPosting.MaxSkills + 1)] }));
    }

    [Fact]
    public void Closed_postings_stay_closed()
    {
        var filled = Live();
        filled.MarkFilled(Now);

        Assert.Throws<DomainRuleException>(() => filled.Withdraw(Now));
        Assert.Throws<DomainRuleException>(() => filled.Submit(Now));
        Assert.Throws<DomainRuleException>(() => filled.MarkFilled(Now));
    }

    [Fact]
    public void A_draft_cannot_be_filled() => Assert.Throws<DomainRuleException>(() => Draft().MarkFilled(Now));

    [Theory]
    [InlineData(90_000, 80_000)]
    [InlineData(0, 80_000)]
    [InlineData(-1, 80_000)]
    public void The_salary_range_must_be_positive_and_in_order(int minimum, int maximum) =>
        Assert.Throws<DomainRuleException>(() => Draft(Details() with { SalaryMin = minimum, SalaryMax = maximum }));

    [Fact]
    public void A_remote_posting_needs_countries_and_an_on_site_one_drops_them()
    {
        Assert.Throws<DomainRuleException>(() => Draft(Details() with { Workplace = Workplace.Remote, RemoteCountries = [] }));
        Assert.Empty(Draft(Details() with { Workplace = Workplace.OnSite, RemoteCountries = ["DE"] }).RemoteCountries);
        Assert.Equal(["DE", "AT"], Draft(Details() with { Workplace = Workplace.Remote, RemoteCountries = ["DE", "AT", "DE"] }).RemoteCountries);
    }

    [Fact]
    public void A_posting_says_how_to_apply() =>
        Assert.Throws<DomainRuleException>(() => Draft(Details() with { ApplyUrl = null, ApplyEmail = null }));

    [Theory]
    [InlineData("XX", "EUR")]
    [InlineData("DE", "EURO")]
    public void Codes_must_be_real(string country, string currency) =>
        Assert.Throws<DomainRuleException>(() => Draft(Details() with { CountryCode = country, Currency = currency }));
}
