namespace Headless.Schema.Mutations;

/// <summary>What a payload carries: the result when the mutation succeeded, else its errors.</summary>
public sealed record MutationResult<T>(T? Result, IReadOnlyList<UserError> Errors)
    where T : class;
