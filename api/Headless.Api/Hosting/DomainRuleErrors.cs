using GraphQL;
using GraphQL.DI;
using Headless.Domain.Common;

namespace Headless.Api.Hosting;

/// <summary>
/// A broken domain rule met while resolving (a malformed hashtag in a filter, say) is the client's
/// mistake: it becomes a clear error with the rule's code and field, not an internal error.
/// </summary>
internal sealed class DomainRuleErrors : IConfigureExecution
{
    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var inner = options.UnhandledExceptionDelegate;
        options.UnhandledExceptionDelegate = async context =>
        {
            if (context.OriginalException is DomainRuleException rule)
            {
                var error = new ExecutionError(rule.Message) { Code = rule.Code };
                if (!string.IsNullOrEmpty(rule.Field))
                {
                    error.Extensions ??= new Dictionary<string, object?>();
                    error.Extensions["field"] = rule.Field;
                }

                context.Exception = error;
                return;
            }

            await inner(context);
        };
        return next(options);
    }
}
