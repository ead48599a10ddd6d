namespace PythonCareers.Web.Features.Accounts;

/// <summary>The emailed confirmation link's values, posted back by the person who follows it.</summary>
public sealed class ConfirmEmailForm
{
    public string? Email { get; set; }

    public string? Token { get; set; }
}
