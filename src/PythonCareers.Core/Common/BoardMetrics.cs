using System.Diagnostics.Metrics;

namespace PythonCareers.Core.Common;

/// <summary>
/// The job board's own counters, on the meter <see cref="MeterName"/>. Each is counted where its event happens, once the
/// change it counts is saved (a refused or conflicting decision counts nothing), so the figures agree with the database.
/// </summary>
public sealed class BoardMetrics
{
    public const string MeterName = "PythonCareers.Board";

    private readonly Counter<long> submitted;
    private readonly Counter<long> approved;
    private readonly Counter<long> rejected;
    private readonly Counter<long> searches;
    private readonly Counter<long> signInFailures;

    public BoardMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        submitted = meter.CreateCounter<long>("pythoncareers.postings.submitted", "{posting}", "Postings, and changes to live postings, sent to review.");
        approved = meter.CreateCounter<long>("pythoncareers.postings.approved", "{posting}", "Postings and changes approved by an editor.");
        rejected = meter.CreateCounter<long>("pythoncareers.postings.rejected", "{posting}", "Postings and changes rejected by an editor.");
        searches = meter.CreateCounter<long>(
            "pythoncareers.job_searches",
            "{search}",
            "Job searches run against the database (one answered from the output cache shows as a cache hit instead).");
        signInFailures = meter.CreateCounter<long>(
            "pythoncareers.sign_in.failures",
            "{attempt}",
            "Sign-ins refused, by outcome: a wrong email or password, a locked account, an unconfirmed email.");
    }

    public void PostingSubmitted() => submitted.Add(1);

    public void PostingApproved() => approved.Add(1);

    public void PostingRejected() => rejected.Add(1);

    public void JobSearched() => searches.Add(1);

    /// <summary>Counts a refused sign-in; <paramref name="outcome"/> is one of a handful of fixed names, never what was typed.</summary>
    public void SignInFailed(string outcome) => signInFailures.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
