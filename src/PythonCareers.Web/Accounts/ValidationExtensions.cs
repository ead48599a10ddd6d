using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PythonCareers.Web.Accounts;

public static class ValidationExtensions
{
    /// <summary>Copies FluentValidation's messages into ModelState, so each shows next to its field.</summary>
    public static void AddTo(this ValidationResult result, ModelStateDictionary modelState, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(prefix + error.PropertyName, error.ErrorMessage);
        }
    }

    /// <summary>Identity's password and user errors belong to a field too: passwords to the password, the rest to the email.</summary>
    public static void AddTo(this IdentityResult result, ModelStateDictionary modelState, string passwordField, string emailField)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var error in result.Errors)
        {
            var field = error.Code.Contains("Password", StringComparison.Ordinal) ? passwordField : emailField;
            modelState.AddModelError(field, error.Description);
        }
    }
}
