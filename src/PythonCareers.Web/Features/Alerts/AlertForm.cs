using FluentValidation;
using PythonCareers.Core.Alerts;
using PythonCareers.Web.Features.Accounts;

namespace PythonCareers.Web.Features.Alerts;

/// <summary>Where and how often to send a search's new postings; the search itself comes in the same form as /jobs's query.</summary>
public sealed class AlertForm
{
    public string? Email { get; set; }

    public AlertFrequency Frequency { get; set; } = AlertFrequency.Daily;
}

public sealed class AlertFormValidator : AbstractValidator<AlertForm>
{
    public AlertFormValidator()
    {
        RuleFor(f => f.Email).ValidEmail();
        RuleFor(f => f.Frequency).IsInEnum().WithMessage("Choose daily or weekly.");
    }
}
