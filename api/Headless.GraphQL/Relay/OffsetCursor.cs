using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Headless.GraphQL.Relay;

/// <summary>Opaque cursors that carry a zero-based position in an ordered list.</summary>
public static class OffsetCursor
{
    private const string Prefix = "cursor:";

    // "cursor:" plus int.MaxValue, base64url-encoded, fits well within this.
    private const int MaxEncodedLength = 32;

    /// <summary>The cursor of the item at <paramref name="offset"/>.</summary>
    public static string Encode(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Reads a cursor made by <see cref="Encode"/>; false for anything else.</summary>
    public static bool TryDecode(string? cursor, out int offset)
    {
        offset = 0;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > MaxEncodedLength)
        {
            return false;
        }

        // TryDecodeFromChars throws on characters outside the alphabet, so validate first.
        if (!Base64Url.IsValid(cursor, out var decodedLength))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[decodedLength];
        var written = Base64Url.DecodeFromChars(cursor, bytes);

        var text = Encoding.ASCII.GetString(bytes[..written]);
        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var digits = text.AsSpan(Prefix.Length);

        // Only the canonical form is accepted, so every position has exactly one cursor.
        return digits.Length > 0
            && (digits.Length == 1 || digits[0] != '0')
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out offset);
    }
}
