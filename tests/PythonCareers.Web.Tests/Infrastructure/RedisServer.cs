using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PythonCareers.Web.Tests.Infrastructure;

/// <summary>
/// A private redis-server (Debian's package; scripts/test.sh installs it) on a free loopback port, with no persistence,
/// started for a fixture and stopped with it. <see cref="StopAsync"/> and <see cref="StartAsync"/> take it away and give
/// it back on the same port, as an outage would.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pythoncareers-redis-").FullName;
    private Process? server;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string that reaches this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartNewAsync()
    {
        var redis = new RedisServer(LoopbackPorts.Free());
        await redis.StartAsync();
        return redis;
    }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        server = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await AnswersPingAsync())
        {
            if (server.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server did not answer on port {Port}");
            }

            await Task.Delay(50);
        }
    }

    public async Task StopAsync()
    {
        if (server is { HasExited: false })
        {
            server.Kill();
            await server.WaitForExitAsync();
        }

        server?.Dispose();
        server = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(folder, recursive: true);
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var answer = new byte[7];
            var read = await stream.ReadAsync(answer);
            return Encoding.ASCII.GetString(answer, 0, read) == "+PONG\r\n";
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
