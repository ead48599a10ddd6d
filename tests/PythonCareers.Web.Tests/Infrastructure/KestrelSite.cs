namespace PythonCareers.Web.Tests.Infrastructure;

/// <summary>
/// The site on a real Kestrel server on a free loopback port, over plain http and a database of its own: for what the
/// in-memory test server does not have (server headers, request body limits, a client's IP address).
/// </summary>
public sealed class KestrelSite : CareersSite
{
    public KestrelSite()
        : base("web_kestrel") => UseKestrel(0);

    public const int SignUpPerMinute = 3;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Site:PublicOrigin"] = "http://localhost",
        ["RateLimits:SignUpPerMinute"] = SignUpPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public override Visitor NewVisitor()
    {
        StartServer();
        return Visitor.Of(ClientOptions.BaseAddress);
    }
}
