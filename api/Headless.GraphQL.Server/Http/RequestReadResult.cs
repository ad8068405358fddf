using Headless.GraphQL.Server.Errors;

namespace Headless.GraphQL.Server.Http;

/// <summary>Either the requests read from an HTTP request, or why it was refused.</summary>
internal sealed record RequestReadResult(
    IReadOnlyList<GraphQLHttpRequest> Requests,
    bool IsBatch,
    int StatusCode,
    RequestError? Error)
{
    public static RequestReadResult Single(GraphQLHttpRequest request) => new([request], false, 200, null);

    public static RequestReadResult Batch(IReadOnlyList<GraphQLHttpRequest> requests) => new(requests, true, 200, null);

    public static RequestReadResult Refused(int statusCode, string code, string message) =>
        new([], false, statusCode, new RequestError(code, message));
}
