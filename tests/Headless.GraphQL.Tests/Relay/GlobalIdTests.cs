using System.Buffers.Text;
using System.Text;
using Headless.GraphQL.Relay;

namespace Headless.GraphQL.Tests.Relay;

public sealed class GlobalIdTests
{
    private static string Base64Url(string text) => System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void An_encoded_id_decodes_to_its_type_and_guid()
    {
        var id = Guid.NewGuid();

        var globalId = GlobalId.Encode("Campaign", id);

        Assert.True(GlobalId.TryDecode(globalId, out var typeName, out var decoded));
        Assert.Equal("Campaign", typeName);
        Assert.Equal(id, decoded);
    }

    [Fact]
    public void An_encoded_id_is_opaque_and_url_safe()
    {
        var id = Guid.NewGuid();

        var globalId = GlobalId.Encode("Campaign", id);

        Assert.DoesNotContain("Campaign", globalId, StringComparison.Ordinal);
        Assert.DoesNotContain(id.ToString("N"), globalId, StringComparison.Ordinal);
        Assert.All(globalId, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_', $"'{c}' is not URL safe"));
        Assert.Equal($"Campaign:{id:N}", Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(globalId)));
    }

    public static TheoryData<string?> Garbage => new()
    {
        null,
        "",
        "!!!not base64!!!",
        Base64Url("Campaign"),
        Base64Url($":{Guid.NewGuid():N}"),
        Base64Url("Campaign:not-a-guid"),
        Base64Url($"Campaign:{Guid.NewGuid():N}x"),
        Base64Url($"Camp aign:{Guid.NewGuid():N}"),
        Base64Url($"9Campaign:{Guid.NewGuid():N}"),
        Base64Url($"Campaign:{Guid.NewGuid():D}"),
        System.Buffers.Text.Base64Url.EncodeToString([0xFF, 0xFE, 0x3A, 0x41]),
        new string('A', 10_000),
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Garbage_is_rejected_without_throwing(string? globalId)
    {
        Assert.False(GlobalId.TryDecode(globalId, out var typeName, out var id));
        Assert.Equal(string.Empty, typeName);
        Assert.Equal(Guid.Empty, id);
    }

    [Fact]
    public void Decoding_for_a_type_accepts_only_that_type()
    {
        var id = Guid.NewGuid();
        var globalId = GlobalId.Encode("Tier", id);

        Assert.Equal(id, GlobalId.DecodeFor("Tier", globalId));
        Assert.Null(GlobalId.DecodeFor("Campaign", globalId));
        Assert.Null(GlobalId.DecodeFor("tier", globalId));
        Assert.Null(GlobalId.DecodeFor("Tier", "garbage"));
        Assert.True(GlobalId.TryDecodeFor("Tier", globalId, out var decoded));
        Assert.Equal(id, decoded);
        Assert.False(GlobalId.TryDecodeFor("Campaign", globalId, out var other));
        Assert.Equal(Guid.Empty, other);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bad:Name")]
    [InlineData("1Type")]
    [InlineData("Has space")]
    public void Encoding_refuses_a_type_name_that_is_not_a_graphql_name(string typeName)
    {
        Assert.Throws<ArgumentException>(() => GlobalId.Encode(typeName, Guid.NewGuid()));
    }
}
