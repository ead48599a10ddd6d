using Microsoft.Playwright;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Browser.Tests.Infrastructure;

public static class SignInForm
{
    /// <summary>
    /// Fills in the sign-in form open in <paramref name="page"/> with <paramref name="email"/> and the test users' password,
    /// signs in, and waits until the main navigation offers to sign out.
    /// </summary>
    public static async Task SubmitSignInAsync(this IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Visitor.StrongPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }
}
