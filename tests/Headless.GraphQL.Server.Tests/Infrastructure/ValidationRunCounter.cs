using GraphQL.Validation;

namespace Headless.GraphQL.Server.Tests.Infrastructure;

/// <summary>A validation rule that only counts how often full validation ran.</summary>
public sealed class ValidationRunCounter : ValidationRuleBase
{
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        Interlocked.Increment(ref _runs);
        return default;
    }
}
