using GraphQL;

namespace Headless.GraphQL.Server.Errors;

/// <summary>Reported when an operation ran past <see cref="GraphQLServerOptions.ExecutionTimeout"/>.</summary>
public sealed class ExecutionTimeoutError : ExecutionError
{
    public ExecutionTimeoutError()
        : base("Execution timed out.")
    {
        Code = GraphQLErrorCodes.ExecutionTimeout;
    }
}
