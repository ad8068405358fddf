using System.Buffers.Text;
using System.Text;
using Headless.GraphQL.Relay;

namespace Headless.GraphQL.Tests.Relay;

public sealed class OffsetCursorTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1234)]
    [InlineData(int.MaxValue)]
    public void A_cursor_round_trips_its_offset(int offset)
    {
        Assert.True(OffsetCursor.TryDecode(OffsetCursor.Encode(offset), out var decoded));
        Assert.Equal(offset, decoded);
    }

    [Theory]
    [InlineData("cursor:-1")]
    [InlineData("cursor:01")]
    [InlineData("cursor:")]
    [InlineData("cursor:1.5")]
    [InlineData("cursor: 1")]
    [InlineData("cursor:99999999999")]
    [InlineData("offset:1")]
    public void Anything_but_a_canonical_cursor_is_rejected(string text)
    {
        Assert.False(OffsetCursor.TryDecode(Base64Url.EncodeToString(Encoding.ASCII.GetBytes(text)), out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("***")]
    [InlineData("Y3Vyc29yOjEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMA")]
    public void Malformed_text_is_rejected(string? cursor)
    {
        Assert.False(OffsetCursor.TryDecode(cursor, out _));
    }
}
