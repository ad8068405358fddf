using System.Net;
using System.Net.Sockets;

namespace Headless.Testing.Processes;

/// <summary>Asks the OS for an unused loopback port so parallel test runs never collide on defaults.</summary>
internal static class FreeTcpPort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
