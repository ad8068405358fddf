using System.Buffers.Text;
using System.Text;

namespace Headless.GraphQL.Relay;

/// <summary>
/// Opaque, type-qualified identifiers for the Relay <c>Node</c> interface: the base64url form of
/// <c>"{typeName}:{guid:N}"</c>. Clients must treat them as opaque; the server uses the type
/// name to find the resolver and to reject an id of one type passed where another is expected.
/// </summary>
public static class GlobalId
{
    // Longest plausible id; anything longer is rejected before decoding to bound the work an
    // untrusted argument can cause.
    private const int MaxEncodedLength = 256;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Encodes the global id of the entity <paramref name="id"/> of type <paramref name="typeName"/>.</summary>
    public static string Encode(string typeName, Guid id)
    {
        if (!GraphQLNames.IsValid(typeName))
        {
            throw new ArgumentException($"'{typeName}' is not a valid GraphQL type name.", nameof(typeName));
        }

        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));
    }

    /// <summary>
    /// Decodes <paramref name="globalId"/>; returns <see langword="false"/> for anything that is not
    /// an id this class produced (bad base64, no separator, empty or invalid type, bad guid).
    /// </summary>
    public static bool TryDecode(string? globalId, out string typeName, out Guid id)
    {
        typeName = string.Empty;
        id = Guid.Empty;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > MaxEncodedLength)
        {
            return false;
        }

        // TryDecodeFromChars throws on characters outside the alphabet, so validate first.
        if (!Base64Url.IsValid(globalId, out var decodedLength))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[decodedLength];
        var written = Base64Url.DecodeFromChars(globalId, bytes);

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes[..written]);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var separator = text.LastIndexOf(':');
        if (separator <= 0)
        {
            return false;
        }

        var name = text[..separator];
        if (!GraphQLNames.IsValid(name) || !Guid.TryParseExact(text.AsSpan(separator + 1), "N", out id))
        {
            id = Guid.Empty;
            return false;
        }

        typeName = name;
        return true;
    }

    /// <summary>
    /// Decodes <paramref name="globalId"/> only when it names <paramref name="expectedType"/>:
    /// returns <see langword="false"/> for garbage and for ids of any other type.
    /// </summary>
    public static bool TryDecodeFor(string expectedType, string? globalId, out Guid id)
    {
        if (TryDecode(globalId, out var typeName, out id) && string.Equals(typeName, expectedType, StringComparison.Ordinal))
        {
            return true;
        }

        id = Guid.Empty;
        return false;
    }

    /// <summary>The entity id inside <paramref name="globalId"/> when it names <paramref name="expectedType"/>; otherwise null.</summary>
    public static Guid? DecodeFor(string expectedType, string? globalId)
        => TryDecodeFor(expectedType, globalId, out var id) ? id : null;
}
