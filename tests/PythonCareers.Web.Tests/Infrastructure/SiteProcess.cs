using System.Collections.Concurrent;
using System.Diagnostics;

namespace PythonCareers.Web.Tests.Infrastructure;

/// <summary>
/// The site's own build running as a process of its own on a free loopback port, as production runs it, so a test can
/// kill it (SIGKILL: no shutdown code runs) and start it again over the same database.
/// </summary>
public sealed class SiteProcess(string connectionString, IReadOnlyDictionary<string, string> settings) : IAsyncDisposable
{
    private readonly string mailFolder = Directory.CreateTempSubdirectory("pythoncareers-process-mail-").FullName;
    private readonly ConcurrentQueue<string> output = new();
    private Process? process;

    public Uri Origin { get; } = new($"http://127.0.0.1:{LoopbackPorts.Free()}");

    /// <summary>What the process has written so far, line by line (its JSON log lines, on standard output).</summary>
    public IReadOnlyList<string> Output => [.. output];

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(Origin.ToString());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Default"] = connectionString;
        start.Environment["Site__PublicOrigin"] = Origin.ToString();
        start.Environment["Email__PickupDirectory"] = mailFolder;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        foreach (var (name, value) in settings)
        {
            start.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = Origin, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            try
            {
                if ((await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception notYet) when (notYet is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer within the client's timeout on a loaded machine.
            }

            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"the site did not get ready on {Origin}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>SIGKILL, as the kernel's OOM killer or a pulled plug would stop it.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    /// <summary>SIGTERM, as a deployment stops it, and waits until it has exited and its output has all been read.</summary>
    public async Task TerminateAsync()
    {
        using (var signal = Process.Start("kill", ["-TERM", process!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(guard.Token);
    }

    /// <summary>A browser-like client of this process: keeps cookies, does not follow redirects.</summary>
    public Visitor NewVisitor() => Visitor.Of(Origin);

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Directory.Delete(mailFolder, recursive: true);
    }
}
