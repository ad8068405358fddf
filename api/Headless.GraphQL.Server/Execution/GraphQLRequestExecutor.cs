using GraphQL;
using GraphQL.Types;
using Headless.GraphQL.Server.Errors;
using Headless.GraphQL.Server.Http;
using Headless.GraphQL.Server.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Headless.GraphQL.Server.Execution;

/// <summary>
/// Runs one GraphQL request of an HTTP request against <typeparamref name="TSchema"/>, with the
/// server's validation rules, the caller's identity and services, and the execution timeout.
/// </summary>
public sealed class GraphQLRequestExecutor<TSchema>
    where TSchema : ISchema
{
    private readonly IDocumentExecuter<TSchema> _executer;
    private readonly ServerValidationRules _rules;
    private readonly GraphQLServerOptions _options;
    private readonly ILogger _logger;

    public GraphQLRequestExecutor(
        IDocumentExecuter<TSchema> executer,
        ServerValidationRules rules,
        IOptions<GraphQLServerOptions> options,
        ILogger<GraphQLRequestExecutor<TSchema>> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _executer = executer;
        _rules = rules;
        _options = options.Value;
        _logger = logger;
    }

    public Task<ExecutionResult> ExecuteAsync(
        GraphQLHttpRequest request,
        HttpContext http,
        IDictionary<string, object?> userContext,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var restriction = HttpMethods.IsGet(http.Request.Method) ? OperationRestriction.QueriesOnly : OperationRestriction.NoSubscriptions;
        return ExecuteAsync(request, new GraphQLOperationContext(http.User, http.RequestServices, userContext, restriction), ct);
    }

    /// <summary>
    /// Runs one operation for any transport. For a subscription the result carries the event
    /// stream in <see cref="ExecutionResult.Streams"/>; the timeout only bounds setting it up.
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLHttpRequest request, GraphQLOperationContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        using var timeout = new CancellationTokenSource(_options.ExecutionTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        var options = new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            UserContext = context.UserContext,
            User = context.User,
            RequestServices = context.Services,
            CancellationToken = linked.Token,
            ValidationRules = _rules.ForNewDocument(context.Restriction),
            CachedDocumentValidationRules = _rules.ForCachedDocument(context.Restriction),
            UnhandledExceptionDelegate = LogUnhandledAsync,
        };

        try
        {
            return await _executer.ExecuteAsync(options);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            // Marked executed with null data: the operation started, so per GraphQL over HTTP this is
            // a well-formed response (200), not a request error.
            return new ExecutionResult(new ExecutionTimeoutError()) { Executed = true };
        }
    }

    private Task LogUnhandledAsync(global::GraphQL.Execution.UnhandledExceptionContext context)
    {
        _logger.LogError(context.OriginalException, "Unhandled exception while executing a GraphQL operation");
        return Task.CompletedTask;
    }
}
