using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PythonCareers.Web.Features.Accounts;

public static class IdentityErrors
{
    /// <summary>
    /// Identity's password errors go next to the password. Any other (a user name it refuses, a bad token) gets the caller's own
    /// message next to <paramref name="otherField"/>: Identity's wording names accounts ("Username '...' is already taken").
    /// </summary>
    public static void AddTo(this IdentityResult result, ModelStateDictionary modelState, string passwordField, string otherField, string otherMessage)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var error in result.Errors)
        {
            if (error.Code.Contains("Password", StringComparison.Ordinal))
            {
                modelState.AddModelError(passwordField, error.Description);
            }
            else if (modelState.GetFieldValidationState(otherField) != ModelValidationState.Invalid)
            {
                modelState.AddModelError(otherField, otherMessage);
            }
        }
    }
}
