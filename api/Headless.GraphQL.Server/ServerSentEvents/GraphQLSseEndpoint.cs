using GraphQL;
using GraphQL.Types;
using Headless.GraphQL.Server.Errors;
using Headless.GraphQL.Server.Execution;
using Headless.GraphQL.Server.Http;
using Headless.GraphQL.Server.Realtime;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Headless.GraphQL.Server.ServerSentEvents;

/// <summary>
/// GraphQL over Server-Sent Events, "distinct connections mode": one operation per request, its
/// results as <c>next</c> events and a final <c>complete</c>. Closing the request ends a subscription.
/// </summary>
internal sealed class GraphQLSseEndpoint<TSchema>(
    RealtimeOperationStarter<TSchema> starter,
    RealtimeConnectionLimiter limiter,
    GraphQLResponseSerializer serializer,
    IOptions<GraphQLServerOptions> options)
    where TSchema : ISchema
{
    private readonly GraphQLServerOptions _options = options.Value;

    public async Task HandleAsync(HttpContext http)
    {
        if (!limiter.TryAcquire())
        {
            http.Response.Headers.RetryAfter = "5";
            await WriteRequestErrorAsync(http, StatusCodes.Status503ServiceUnavailable,
                new RequestError(GraphQLErrorCodes.TooManyConnections, "Too many open connections; retry later."));
            return;
        }

        try
        {
            await HandleCoreAsync(http);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client closed the stream, which is how it ends a subscription.
        }
        finally
        {
            limiter.Release();
        }
    }

    private async Task HandleCoreAsync(HttpContext http)
    {
        var isGet = HttpMethods.IsGet(http.Request.Method);
        var read = isGet
            ? HttpRequestReader.ReadGet(http.Request, _options, serializer)
            : await HttpRequestReader.ReadPostAsync(http.Request, _options, serializer, http.RequestAborted);

        // Refused before the stream starts, per GraphQL over HTTP: the request itself is unusable.
        if (read.Error is not null)
        {
            await WriteRequestErrorAsync(http, read.StatusCode, read.Error);
            return;
        }

        if (read.IsBatch)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status400BadRequest,
                new RequestError(GraphQLErrorCodes.StreamingNotSupported, "A batched request cannot be answered as an event stream."));
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.Body.FlushAsync(http.RequestAborted);

        using var stream = new SseStream(http, _options);
        var writer = stream.RunWriterAsync();
        var keepAlive = stream.KeepAliveAsync(_options.KeepAliveInterval);
        try
        {
            await StreamOperationAsync(http, read.Requests[0], isGet, stream);
        }
        finally
        {
            stream.Finish();
            await writer;
            await keepAlive;
        }
    }

    private async Task StreamOperationAsync(HttpContext http, GraphQLHttpRequest request, bool isGet, SseStream stream)
    {
        var restriction = isGet ? OperationRestriction.NoMutations : OperationRestriction.None;
        try
        {
            var attachment = await starter.StartAsync(request, http, restriction, stream, stream.Aborted);
            if (attachment.Result is { } result)
            {
                // Validation errors too: an event-stream client can only read what comes as events.
                stream.OnNext(serializer.SerializeToUtf8Bytes(result));
                stream.OnCompleted();
                return;
            }

            using (attachment.Subscription)
            {
                await stream.Completed.WaitAsync(stream.Aborted);
            }
        }
        catch (OperationCanceledException) when (stream.Aborted.IsCancellationRequested)
        {
            // The client left or fell behind; leaving the subscription is all there is to do.
        }
    }

    private Task WriteRequestErrorAsync(HttpContext http, int statusCode, RequestError error)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = GraphQLMediaTypes.ContentTypeOf(ResponseMediaType.Json);
        return serializer.WriteAsync(http.Response.Body, new ExecutionResult(error), http.RequestAborted);
    }
}
