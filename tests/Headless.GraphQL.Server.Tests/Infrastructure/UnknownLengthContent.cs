using System.Net;
using System.Text;

namespace Headless.GraphQL.Server.Tests.Infrastructure;

/// <summary>A body sent without Content-Length, as a chunked upload would be.</summary>
public sealed class UnknownLengthContent(string body) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(Encoding.UTF8.GetBytes(body)).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
