using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using PythonCareers.Core;
using PythonCareers.Core.Accounts;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Accounts;

public static class AccountServices
{
    public static IServiceCollection AddCareersAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        // A site served over https gets Secure, __Host- cookies (ASVS 3.3); plain http on a laptop cannot keep them.
        var https = configuration.GetValue<Uri>($"{SiteOptions.Section}:PublicOrigin")?.Scheme == Uri.UriSchemeHttps;
        var cookiePrefix = https ? "__Host-" : "";
        var cookiePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services
            .AddIdentity<CareerUser, IdentityRole>(options =>
            {
                // OWASP ASVS 6.2: length over composition; the common-password validator does the rest.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;

                // The user name is the email, which EmailAddress already checks; Identity's narrower default refuses o'brien@...
                options.User.AllowedUserNameCharacters = "";

                // A recruiter signs in only after following the link emailed at sign-up (or a password reset link).
                options.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<AccountLinks>();
        services.AddSingleton(provider =>
        {
            using var scope = provider.CreateScope();
            var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<CareerUser>>();
            return new UnknownAccountHash(hasher.HashPassword(new CareerUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        });

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = cookiePrefix + "PythonCareers";
            options.Cookie.SecurePolicy = cookiePolicy;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = false;
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";

            // The error page checks no security stamp: the failure it reports may be the database the check needs. It shows
            // everyone the anonymous layout and leaves the cookie alone.
            options.Events.OnValidatePrincipal = context =>
            {
                if (context.HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
                {
                    return SecurityStampValidator.ValidatePrincipalAsync(context);
                }

                context.RejectPrincipal();
                return Task.CompletedTask;
            };

            // A signed-in user without the role gets a plain 403, not a redirect that looks like success.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // Checked on every request, so signing out (which changes the stamp) ends the session everywhere at once (ASVS 7.4.1).
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = cookiePrefix + "PythonCareers-Antiforgery";
            options.Cookie.SecurePolicy = cookiePolicy;
        });
        var dataProtection = services.AddDataProtection().PersistKeysToDbContext<AppDbContext>().SetApplicationName("PythonCareers");

        // Keys are encrypted at rest when a certificate is configured (ASVS 11.1.1), so a copy of the database alone cannot forge cookies.
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            dataProtection.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration["DataProtection:CertificatePassword"]));
        }

        return services;
    }
}
