using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PythonCareers.Web.Features.Accounts;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Accounts;

/// <summary>The site's own password cost, which the test sites lower to <see cref="CareersSite.TestPasswordIterations"/>.</summary>
public sealed class PasswordHashingTests
{
    [Fact]
    public void The_site_stores_passwords_with_at_least_100000_PBKDF2_iterations()
    {
        using var services = new ServiceCollection()
            .AddLogging()
            .AddCareersAccounts(new ConfigurationBuilder().Build())
            .BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value;

        Assert.Equal(PasswordHasherCompatibilityMode.IdentityV3, options.CompatibilityMode);
        Assert.True(options.IterationCount >= 100_000, $"{options.IterationCount:N0} iterations");
        Assert.True(CareersSite.TestPasswordIterations < options.IterationCount);
    }
}
