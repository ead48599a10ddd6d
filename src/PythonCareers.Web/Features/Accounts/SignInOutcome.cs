namespace PythonCareers.Web.Features.Accounts;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>A wrong password, an unknown email, or a locked account with a wrong password: one answer for all three.</summary>
    NoMatch,

    LockedByAdmin,
    LockedAfterFailures,
    EmailNotConfirmed,
}
