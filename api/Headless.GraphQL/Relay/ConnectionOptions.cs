namespace Headless.GraphQL.Relay;

/// <summary>Page sizes of a connection field.</summary>
public sealed record ConnectionOptions
{
    /// <summary>Options with the default sizes.</summary>
    public static ConnectionOptions Default { get; } = new();

    /// <summary>The page size when the client gives neither <c>first</c> nor <c>last</c>.</summary>
    public int DefaultPageSize { get; init; } = 20;

    /// <summary>The largest <c>first</c> or <c>last</c> a client may ask for.</summary>
    public int MaxPageSize { get; init; } = 100;

    /// <summary>Throws when the sizes contradict each other.</summary>
    public void Validate()
    {
        if (MaxPageSize < 1)
        {
            throw new InvalidOperationException($"{nameof(MaxPageSize)} must be at least 1 (was {MaxPageSize}).");
        }

        if (DefaultPageSize < 1 || DefaultPageSize > MaxPageSize)
        {
            throw new InvalidOperationException(
                $"{nameof(DefaultPageSize)} must be between 1 and {nameof(MaxPageSize)} ({MaxPageSize}); was {DefaultPageSize}.");
        }
    }
}
