using System.Diagnostics;

namespace PythonCareers.Web.Tests.Cluster;

/// <summary>docker-compose.yml, checked by the real docker-compose (no Docker engine runs here to start it).</summary>
public sealed class ComposeFileTests
{
    [Fact]
    public async Task Docker_compose_accepts_the_file_and_it_has_the_whole_deployment()
    {
        await RunComposeAsync("config", "-q");

        var services = (await RunComposeAsync("config", "--services")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["db", "migrate", "nginx", "redis", "web-a", "web-b"], services.Order(StringComparer.Ordinal));
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
}
