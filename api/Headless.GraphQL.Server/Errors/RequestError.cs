using GraphQL;

namespace Headless.GraphQL.Server.Errors;

/// <summary>An error about the HTTP request itself, before any GraphQL document is looked at.</summary>
public sealed class RequestError : ExecutionError
{
    public RequestError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
