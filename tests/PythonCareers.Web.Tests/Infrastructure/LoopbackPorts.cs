using System.Net;
using System.Net.Sockets;

namespace PythonCareers.Web.Tests.Infrastructure;

public static class LoopbackPorts
{
    /// <summary>A TCP port on loopback that nothing listens on just now, for a server a test starts.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
