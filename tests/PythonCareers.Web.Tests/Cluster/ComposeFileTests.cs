using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PythonCareers.Web.Tests.Cluster;

/// <summary>docker-compose.yml, checked by the real docker-compose (no Docker engine runs here to start it).</summary>
public sealed partial class ComposeFileTests
{
    [Fact]
    public async Task Docker_compose_accepts_the_file_and_it_has_the_whole_deployment()
    {
        await RunComposeAsync("config", "-q");

        var services = ServiceBlocks(await RunComposeAsync("config"));

        Assert.Equal(["db", "migrate", "nginx", "redis", "web-a", "web-b"], services.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("healthcheck:", services["db"], StringComparison.Ordinal);
        Assert.Contains("healthcheck:", services["redis"], StringComparison.Ordinal);
        Assert.Contains("- migrate", services["migrate"], StringComparison.Ordinal);
        Assert.Contains("published: 5080", services["nginx"], StringComparison.Ordinal);
        var nginxAddress = Address().Match(services["nginx"]).Groups[1].Value;
        Assert.NotEmpty(nginxAddress);
        foreach (var web in new[] { services["web-a"], services["web-b"] })
        {
            Assert.Contains("condition: service_completed_successfully", web, StringComparison.Ordinal);
            Assert.Contains("ConnectionStrings__Redis:", web, StringComparison.Ordinal);
            Assert.Equal(nginxAddress, TrustedProxy().Match(web).Groups[1].Value);
        }
    }

    /// <summary>Each service's part of docker-compose's normalized output (two-space indents, one service name a line).</summary>
    private static Dictionary<string, string> ServiceBlocks(string config)
    {
        var blocks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        string? section = null;
        List<string>? current = null;
        foreach (var line in config.Split('\n'))
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]))
            {
                section = line.TrimEnd(':');
                current = null;
            }
            else if (section == "services" && ServiceName().Match(line) is { Success: true } name)
            {
                current = blocks[name.Groups[1].Value] = [];
            }
            else
            {
                current?.Add(line);
            }
        }

        return blocks.ToDictionary(pair => pair.Key, pair => string.Join('\n', pair.Value), StringComparer.Ordinal);
    }

    private static async Task<string> RunComposeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("docker-compose") { WorkingDirectory = LocalCluster.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--file");
        start.ArgumentList.Add("docker-compose.yml");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"docker-compose {string.Join(' ', arguments)}: {await errors}");
        return await output;
    }

    [GeneratedRegex(@"^  ([a-z0-9-]+):$")]
    private static partial Regex ServiceName();

    [GeneratedRegex(@"ipv4_address: (\S+)")]
    private static partial Regex Address();

    [GeneratedRegex(@"ForwardedHeaders__KnownProxies__0: (\S+)")]
    private static partial Regex TrustedProxy();
}
