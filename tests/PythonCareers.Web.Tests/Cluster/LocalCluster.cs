using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using MimeKit;
using Npgsql;
using PythonCareers.Tests;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Cluster;

/// <summary>
/// The deployment as scripts/cluster.sh runs it (nginx with the repository's config in front of two site instances,
/// Redis, a database of its own), started once for the <see cref="ClusterTestGroup"/> on free ports and stopped after it.
/// </summary>
public class LocalCluster : IAsyncLifetime
{
    /// <summary>The one address the instances take forwarded headers from; nginx connects from it.</summary>
    public static readonly IPAddress ProxyAddress = IPAddress.Parse("127.0.0.2");

    private X509Certificate2? certificate;

    public LocalCluster()
        : this("web_cluster")
    {
    }

    /// <summary>A cluster over a database of its own, for a fixture that runs beside the shared one.</summary>
    protected LocalCluster(string databaseSuffix)
    {
        ConnectionString = TestDatabase.ConnectionString(databaseSuffix);
        var ports = FreePorts(4);
        Port = ports[0];
        SitePorts = [ports[1], ports[2]];
        RedisPort = ports[3];
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>nginx's https port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The two instances' plain http ports on 127.0.0.1.</summary>
    public IReadOnlyList<int> SitePorts { get; }

    public int RedisPort { get; }

    public Uri Origin => new($"https://localhost:{Port}");

    /// <summary>Where the script keeps the cluster's pid files, logs, mail and certificate.</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("pythoncareers-cluster-").FullName;

    /// <summary>The instances' database: on the server the suite shares, unless a fixture runs them over a server of its own.</summary>
    public string ConnectionString { get; protected set; }

    public virtual async Task InitializeAsync()
    {
        await TestDatabase.RecreateAsync(ConnectionString);
        await RunScriptAsync("start");
        certificate = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(Folder, "tls", "cert.pem"));
    }

    public virtual async Task DisposeAsync()
    {
        await RunScriptAsync("stop");
        certificate?.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>A browser talking https to nginx: keeps cookies, does not follow redirects, trusts only the cluster's certificate.</summary>
    public Visitor NewBrowser()
    {
        var cookies = new CookieContainerHandler { InnerHandler = Sockets(proxy: false) };
        return new Visitor(new HttpClient(cookies) { BaseAddress = Origin }, cookies.Container);
    }

    /// <summary>
    /// A browser whose requests go to the instance on <paramref name="sitePort"/> as nginx would send them: from nginx's
    /// address, with the client's address and https in forwarded headers, and the browser's cookies for the public
    /// origin. Visitors sharing <paramref name="cookies"/> are one browser that nginx happened to send to either instance.
    /// </summary>
    public Visitor ThroughInstance(int sitePort, CookieContainer cookies, string clientAddress)
    {
        var handler = new AsProxyHandler(cookies, Origin, clientAddress) { InnerHandler = Sockets(proxy: true) };
        return new Visitor(new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{sitePort}") }, cookies);
    }

    /// <summary>Ends the instance on <paramref name="sitePort"/> at once (SIGKILL), as a crash or a lost machine would.</summary>
    public void KillInstance(int sitePort)
    {
        using var instance = Instance(sitePort);
        instance.Kill();
        instance.WaitForExit();
    }

    /// <summary>
    /// Asks the instance on <paramref name="sitePort"/> to stop (SIGTERM, as a deployment or an orchestrator does) and
    /// waits until it has: it stops taking connections and finishes the requests it has.
    /// </summary>
    public async Task TerminateInstanceAsync(int sitePort)
    {
        using var instance = Instance(sitePort);
        using (var signal = Process.Start("kill", ["-TERM", instance.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await instance.WaitForExitAsync(guard.Token);
    }

    /// <summary>Takes the cluster's Redis away (SIGTERM; it keeps nothing) while the instances run on.</summary>
    public Task StopRedisAsync() => RunScriptAsync("stop-redis");

    /// <summary>Starts the cluster's Redis again on its port, empty, as one that comes back after an outage.</summary>
    public Task StartRedisAsync() => RunScriptAsync("start-redis");

    /// <summary>Runs a script of the repository with <paramref name="arguments"/> and returns what it printed on its output.</summary>
    protected static async Task<string> RunRepositoryScriptAsync(string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("bash") { WorkingDirectory = RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await output}{await errors}");
        }

        return await output;
    }

    private Process Instance(int sitePort) =>
        Process.GetProcessById(int.Parse(File.ReadAllText(Path.Combine(Folder, $"site-{sitePort}.pid")), System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The emails the instances sent to <paramref name="address"/>, oldest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MailToAsync(string address)
    {
        await CareersSite.OutboxSentAsync(ConnectionString);
        return CareersSite.MailIn(Path.Combine(Folder, "mail"), address);
    }

    /// <summary>nginx's access log lines containing <paramref name="marker"/>, once there are <paramref name="expected"/> of them.</summary>
    public Task<IReadOnlyList<string>> AccessLogAsync(string marker, int expected) =>
        LinesAsync(() => ReadShared(Path.Combine(Folder, "nginx", "logs", "access.log")), marker, expected);

    /// <summary>Both instances' log lines (compact JSON, one event a line) containing <paramref name="marker"/>, once there are <paramref name="expected"/> of them.</summary>
    public Task<IReadOnlyList<string>> SiteLogAsync(string marker, int expected) =>
        LinesAsync(() => [.. SitePorts.SelectMany(port => ReadShared(Path.Combine(Folder, $"site-{port}.log")))], marker, expected);

    /// <summary>
    /// Waits up to five seconds for the lines: a process writes its log line when it has finished with a request, which
    /// may be after the client has its answer (nginx, for one, first reads and discards the rest of a refused body).
    /// </summary>
    private static async Task<IReadOnlyList<string>> LinesAsync(Func<string[]> read, string marker, int expected)
    {
        for (var attempt = 0; ; attempt++)
        {
            var lines = read().Where(line => line.Contains(marker, StringComparison.Ordinal)).ToList();
            if (lines.Count >= expected || attempt == 50)
            {
                return lines;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The whole lines of a log that a process is still writing: the last one may be half written, and is left for the next read.</summary>
    private static string[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        return text[..(text.LastIndexOf('\n') + 1)].Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private SocketsHttpHandler Sockets(bool proxy)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            SslOptions = new SslClientAuthenticationOptions
            {
                // The script's own self-signed certificate, and nothing else.
                RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && certificate is not null
                    && presented.GetCertHashString() == certificate.GetCertHashString(),
            },
        };
        if (proxy)
        {
            handler.ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(ProxyAddress, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        return handler;
    }

    private Task<string> RunScriptAsync(string command) =>
        RunRepositoryScriptAsync("scripts/cluster.sh", [command], new Dictionary<string, string>
        {
            // The server the fixture names: the suite's own, or one a fixture started for itself.
            ["ConnectionStrings__Default"] = ConnectionString,
            ["PYTHONCAREERS_CLUSTER_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PYTHONCAREERS_CLUSTER_SITE_PORTS"] = string.Join(' ', SitePorts),
            ["PYTHONCAREERS_CLUSTER_REDIS_PORT"] = RedisPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PYTHONCAREERS_CLUSTER_DIR"] = Folder,
            ["PYTHONCAREERS_CLUSTER_DATABASE"] = new NpgsqlConnectionStringBuilder(ConnectionString).Database!,

            // The build this test run made, rather than a build of its own beside the one running the tests.
            ["PYTHONCAREERS_CLUSTER_SITE"] = typeof(Program).Assembly.Location,
        });

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            return [.. listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Dispose();
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PythonCareers.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException($"No PythonCareers.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>What nginx adds to a browser's request, and the browser's cookie jar for the public origin.</summary>
    private sealed class AsProxyHandler(CookieContainer cookies, Uri origin, string clientAddress) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Host = origin.Authority;
            request.Headers.Add("X-Forwarded-For", clientAddress);
            request.Headers.Add("X-Forwarded-Proto", "https");
            var cookieHeader = cookies.GetCookieHeader(origin);
            if (cookieHeader.Length > 0)
            {
                request.Headers.Add("Cookie", cookieHeader);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var setCookie in setCookies)
                {
                    cookies.SetCookies(origin, setCookie);
                }
            }

            return response;
        }
    }
}

/// <summary>The tests of the running cluster: one cluster, started once, its tests one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterTestGroup : ICollectionFixture<LocalCluster>
{
    public const string Name = "cluster";
}
