using GraphQL;
using GraphQL.Types;
using Headless.GraphQL.Server.Errors;
using Headless.GraphQL.Server.Execution;
using Headless.GraphQL.Server.GraphiQL;
using Headless.GraphQL.Server.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Headless.GraphQL.Server.Http;

/// <summary>The GraphQL-over-HTTP endpoint: GET and POST, single or batched, for one schema.</summary>
public sealed class GraphQLHttpEndpoint<TSchema>
    where TSchema : ISchema
{
    private readonly GraphQLRequestExecutor<TSchema> _executor;
    private readonly GraphQLResponseSerializer _serializer;
    private readonly GraphQLServerOptions _options;

    public GraphQLHttpEndpoint(
        GraphQLRequestExecutor<TSchema> executor,
        GraphQLResponseSerializer serializer,
        IOptions<GraphQLServerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _executor = executor;
        _serializer = serializer;
        _options = options.Value;
    }

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var ct = http.RequestAborted;
        try
        {
            await HandleCoreAsync(http, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
    }

    private async Task HandleCoreAsync(HttpContext http, CancellationToken ct)
    {
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteRequestErrorAsync(http, ResponseMediaType.Json, StatusCodes.Status405MethodNotAllowed,
                new RequestError(GraphQLErrorCodes.MethodNotAllowed, $"Method {request.Method} is not allowed; use GET or POST."), ct);
            return;
        }

        if (isGet && _options.EnableGraphiQL && AcceptNegotiator.PrefersHtml(request))
        {
            await GraphiQLPage.WriteAsync(http, ct);
            return;
        }

        if (AcceptNegotiator.Negotiate(request) is not { } mediaType)
        {
            await WriteRequestErrorAsync(http, ResponseMediaType.Json, StatusCodes.Status406NotAcceptable,
                new RequestError(GraphQLErrorCodes.NotAcceptable, "Accept must allow application/graphql-response+json or application/json."), ct);
            return;
        }

        var read = isGet
            ? HttpRequestReader.ReadGet(request, _options, _serializer)
            : await HttpRequestReader.ReadPostAsync(request, _options, _serializer, ct);
        if (read.Error is not null)
        {
            await WriteRequestErrorAsync(http, mediaType, read.StatusCode, read.Error, ct);
            return;
        }

        var factory = http.RequestServices.GetService<IGraphQLRequestContextFactory>();
        var userContext = factory is null
            ? new Dictionary<string, object?>()
            : await factory.CreateUserContextAsync(http, ct);

        if (read.IsBatch)
        {
            await ExecuteBatchAsync(http, mediaType, read.Requests, userContext, ct);
            return;
        }

        var result = await _executor.ExecuteAsync(read.Requests[0], http, userContext, ct);
        await WriteResultAsync(http, mediaType, result, ct);
    }

    private async Task ExecuteBatchAsync(
        HttpContext http,
        ResponseMediaType mediaType,
        IReadOnlyList<GraphQLHttpRequest> requests,
        IDictionary<string, object?> userContext,
        CancellationToken ct)
    {
        // One after another: resolvers share the request's scoped services, which are rarely thread-safe.
        var results = new ExecutionResult[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            results[i] = await _executor.ExecuteAsync(requests[i], http, userContext, ct);
        }

        await WriteAsync(http, mediaType, StatusCodes.Status200OK, results, ct);
    }

    private Task WriteResultAsync(HttpContext http, ResponseMediaType mediaType, ExecutionResult result, CancellationToken ct)
    {
        if (result.Errors?.Any(e => e is HttpMethodNotAllowedError) == true)
        {
            http.Response.Headers.Allow = "POST";
            return WriteAsync(http, mediaType, StatusCodes.Status405MethodNotAllowed, result, ct);
        }

        return WriteAsync(http, mediaType, StatusCodeFor(mediaType, result), result, ct);
    }

    /// <summary>
    /// application/json keeps the legacy "always 200" contract; application/graphql-response+json
    /// tells request errors (nothing executed) apart with 400.
    /// </summary>
    private static int StatusCodeFor(ResponseMediaType mediaType, ExecutionResult result) =>
        mediaType == ResponseMediaType.Json || result.Executed
            ? StatusCodes.Status200OK
            : StatusCodes.Status400BadRequest;

    private Task WriteRequestErrorAsync(HttpContext http, ResponseMediaType mediaType, int statusCode, RequestError error, CancellationToken ct) =>
        WriteAsync(http, mediaType, statusCode, new ExecutionResult(error), ct);

    private async Task WriteAsync<T>(HttpContext http, ResponseMediaType mediaType, int statusCode, T body, CancellationToken ct)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = GraphQLMediaTypes.ContentTypeOf(mediaType);
        await _serializer.WriteAsync(http.Response.Body, body, ct);
    }
}
