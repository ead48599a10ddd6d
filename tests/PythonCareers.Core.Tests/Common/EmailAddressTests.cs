using PythonCareers.Core.Common;

namespace PythonCareers.Core.Tests.Common;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("jobs@example.com")]
    [InlineData("first.last+python@mail.snake-oil.co.uk")]
    [InlineData("o'brien@example.ie")]
    [InlineData("x@a.io")]
    public void Plain_addresses_are_email_addresses(string value) => Assert.True(EmailAddress.IsValid(value));

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>@example.com")]
    [InlineData("\"quoted name\"@example.com")]
    [InlineData("Jobs <jobs@example.com>")]
    [InlineData("jobs@example.com?bcc=victim@example.com")]
    [InlineData("jobs?subject=x@example.com")]
    [InlineData("jobs%3F@example.com")]
    [InlineData("jobs#x@example.com")]
    [InlineData("jobs@localhost")]
    [InlineData("jobs@[127.0.0.1]")]
    [InlineData("jobs@-example.com")]
    [InlineData("jobs.@example.com")]
    [InlineData(".jobs@example.com")]
    [InlineData("jo..bs@example.com")]
    [InlineData("jobs@example..com")]
    [InlineData("jobs @example.com")]
    [InlineData("jobs@exam ple.com")]
    [InlineData("jobs\0@example.com")]
    [InlineData("two@at@example.com")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_a_mailto_link_would_read_otherwise_is_not(string? value) => Assert.False(EmailAddress.IsValid(value));

    [Fact]
    public void An_address_longer_than_254_characters_is_not()
    {
        var local = new string('a', 64);
        var domain = string.Join('.', Enumerable.Repeat(new string('b', 63), 3)) + ".com";

        Assert.True(EmailAddress.IsValid($"{local}@{new string('b', 63)}.com"));
        Assert.False(EmailAddress.IsValid($"{local}@{domain}"));
        Assert.False(EmailAddress.IsValid($"{new string('a', 65)}@example.com"));
    }
}
