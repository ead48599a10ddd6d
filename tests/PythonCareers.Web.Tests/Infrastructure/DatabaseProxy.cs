using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace PythonCareers.Web.Tests.Infrastructure;

/// <summary>
/// A TCP port on loopback that forwards to the test database server (its Unix socket or its TCP address), so a test can
/// take the database away from a site (<see cref="Cut"/>: new connections are refused, open ones are dropped) and give it
/// back (<see cref="Restore"/>) without touching the server everyone else's tests use.
/// </summary>
public sealed class DatabaseProxy : IAsyncDisposable
{
    private readonly EndPoint upstream;
    private readonly int port;
    private TcpListener listener;
    private CancellationTokenSource connections = new();

    public DatabaseProxy(string connectionString)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        upstream = server.Host!.StartsWith('/')
            ? new UnixDomainSocketEndPoint(Path.Combine(server.Host, $".s.PGSQL.{server.Port}"))
            : new DnsEndPoint(server.Host, server.Port);
        listener = Listen(0);
        port = ((IPEndPoint)listener.LocalEndpoint).Port;
        ConnectionString = new NpgsqlConnectionStringBuilder(connectionString) { Host = "127.0.0.1", Port = port, SslMode = SslMode.Disable }.ConnectionString;
    }

    /// <summary>The same database, reached through this proxy.</summary>
    public string ConnectionString { get; }

    public void Cut()
    {
        listener.Stop();
        connections.Cancel();
    }

    public void Restore()
    {
        connections.Dispose();
        connections = new CancellationTokenSource();
        listener = Listen(port);
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        listener.Dispose();
        connections.Dispose();
        return ValueTask.CompletedTask;
    }

    private TcpListener Listen(int onPort)
    {
        var listening = new TcpListener(IPAddress.Loopback, onPort);
        listening.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listening.Start();
        _ = AcceptAsync(listening, connections.Token);
        return listening;
    }

    private async Task AcceptAsync(TcpListener listening, CancellationToken cut)
    {
        while (!cut.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listening.AcceptSocketAsync(cut);
            }
            catch (Exception stopped) when (stopped is SocketException or OperationCanceledException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(client, cut);
        }
    }

    private async Task ForwardAsync(Socket client, CancellationToken cut)
    {
        using (client)
        using (var server = upstream is UnixDomainSocketEndPoint
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(SocketType.Stream, ProtocolType.Tcp))
        {
            try
            {
                await server.ConnectAsync(upstream, cut);
                await using var toClient = new NetworkStream(client);
                await using var toServer = new NetworkStream(server);
                await Task.WhenAny(toServer.CopyToAsync(toClient, cut), toClient.CopyToAsync(toServer, cut));
            }
            catch (Exception dropped) when (dropped is IOException or SocketException or OperationCanceledException)
            {
                // The connection ends here, as it would when the database goes away.
            }
        }
    }
}
