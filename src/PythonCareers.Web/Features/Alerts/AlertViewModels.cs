using PythonCareers.Core.Alerts;
using PythonCareers.Core.Jobs.Search;

namespace PythonCareers.Web.Features.Alerts;

public sealed record NewAlertViewModel(JobSearchCriteria Search, AlertForm Form);

public sealed record ManageAlertsViewModel(string Email, string Token, IReadOnlyList<JobAlert> Alerts);

public enum ManageAlertAction
{
    Pause,
    Resume,
    Daily,
    Weekly,
    Delete,
    ForgetMe,
}

public sealed class ManageAlertForm
{
    public string? Token { get; set; }

    public Guid Alert { get; set; }

    public ManageAlertAction Action { get; set; }
}
