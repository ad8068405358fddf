using GraphQL;

namespace Headless.GraphQL.Relay;

/// <summary>A client error in the paging arguments of a connection field.</summary>
public sealed class PaginationError : ExecutionError
{
    /// <summary>The error code clients can match on.</summary>
    public const string ErrorCode = "INVALID_PAGINATION";

    public PaginationError(string message)
        : base(message)
    {
        Code = ErrorCode;
    }
}
