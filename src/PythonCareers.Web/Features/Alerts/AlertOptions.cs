namespace PythonCareers.Web.Features.Alerts;

/// <summary>When digests are made ("Alerts" section).</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>How often each instance looks for digests that are due.</summary>
    public double IntervalSeconds { get; set; } = 60;

    /// <summary>How far behind now a digest's cut-off stays, for approvals whose transactions are still open.</summary>
    public double SettleSeconds { get; set; } = 60;
}
