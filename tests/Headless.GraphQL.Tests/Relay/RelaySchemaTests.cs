using GraphQL;
using Headless.GraphQL.Tests.Relay.Library;
using Snapshooter.Xunit;

namespace Headless.GraphQL.Tests.Relay;

public sealed class RelaySchemaTests
{
    [Fact]
    public void The_relay_types_print_as_the_expected_sdl()
    {
        using var host = LibraryHost.Create(new LibraryData());

        var sdl = host.Schema.Print();

        Assert.Contains("type BookConnection", sdl, StringComparison.Ordinal);
        Snapshot.Match(sdl);
    }
}
