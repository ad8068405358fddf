namespace Headless.GraphQL.Server.Tests.Infrastructure;

/// <summary>Per-server state the mutation changes, so a test can tell whether it ran.</summary>
public sealed class MutationCounter
{
    private int _value;

    public int Value => Volatile.Read(ref _value);

    public int Increment() => Interlocked.Increment(ref _value);
}
