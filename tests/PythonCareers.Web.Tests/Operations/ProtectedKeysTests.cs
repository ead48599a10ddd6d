using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Operations;

/// <summary>The site with DataProtection:CertificatePath set to a self-signed certificate made for the test run.</summary>
public sealed class ProtectedKeysSite : CareersSite, IAsyncLifetime
{
    private const string Password = "test certificate password";
    private readonly string certificatePath = Path.Combine(Directory.CreateTempSubdirectory("pythoncareers-keys-").FullName, "keys.pfx");

    public ProtectedKeysSite()
        : base("web_keys")
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=PythonCareers data protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        File.WriteAllBytes(certificatePath, certificate.Export(X509ContentType.Pfx, Password));
    }

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["DataProtection:CertificatePath"] = certificatePath,
        ["DataProtection:CertificatePassword"] = Password,
    };

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(certificatePath)!, recursive: true);
    }
}

public sealed class ProtectedKeysTests(ProtectedKeysSite site) : IClassFixture<ProtectedKeysSite>
{
    [Fact]
    public async Task Keys_are_stored_encrypted_with_the_certificate_and_sign_in_still_works()
    {
        await site.ResetAsync();
        await site.CreateUserAsync("editor@pythoncareers.example", Visitor.StrongPassword, PythonCareers.Core.Accounts.CareerRoles.Editor);
        using var visitor = site.NewVisitor();

        await visitor.SignInAsync("editor@pythoncareers.example");
        var (admin, _) = await visitor.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        await using var db = site.CreateContext();
        var key = Assert.Single(await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.Contains("encryptedSecret", key, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", key, StringComparison.Ordinal);
    }
}
