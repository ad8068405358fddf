namespace Headless.GraphQL.Relay;

/// <summary>
/// Validated paging arguments in offsets: the slice starts after <see cref="AfterOffset"/> and
/// ends before <see cref="BeforeOffset"/>; exactly one of <see cref="First"/> and <see cref="Last"/> is set.
/// </summary>
internal sealed record PageRequest(int? First, int? Last, int? AfterOffset, int? BeforeOffset)
{
    /// <summary>The first offset that may be part of the page.</summary>
    public int Start => AfterOffset is { } after ? after + 1 : 0;

    public static PageRequest From(ConnectionArguments arguments, ConnectionOptions options)
    {
        if (arguments.First is not null && arguments.Last is not null)
        {
            throw new PaginationError("Use either 'first' or 'last', not both.");
        }

        CheckSize("first", arguments.First, options.MaxPageSize);
        CheckSize("last", arguments.Last, options.MaxPageSize);
        var after = DecodeCursor("after", arguments.After);
        var before = DecodeCursor("before", arguments.Before);
        var first = arguments.First ?? (arguments.Last is null ? options.DefaultPageSize : null);
        return new PageRequest(first, arguments.Last, after, before);
    }

    private static void CheckSize(string name, int? size, int maxPageSize)
    {
        if (size is { } value && (value < 0 || value > maxPageSize))
        {
            throw new PaginationError($"'{name}' must be between 0 and {maxPageSize}; got {value}.");
        }
    }

    private static int? DecodeCursor(string name, string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        // The largest offset is excluded so that "the position after it" always fits in an int.
        if (!OffsetCursor.TryDecode(cursor, out var offset) || offset == int.MaxValue)
        {
            throw new PaginationError($"'{name}' is not a valid cursor for this connection.");
        }

        return offset;
    }
}
