namespace Headless.Schema.Mutations;

public static class MutationResults
{
    public static MutationResult<T> Success<T>(T result)
        where T : class => new(result, []);

    public static MutationResult<T> Failure<T>(UserError error)
        where T : class => new(null, [error]);
}
