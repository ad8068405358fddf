using GraphQL;
using Headless.Data;
using Headless.Domain.Common;
using Headless.Schema.Common;
using Headless.Schema.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Headless.Schema.Mutations;

/// <summary>
/// Runs a mutation handler in one transaction: broken rules, missing targets, forbidden roles and
/// concurrent edits become typed errors in the payload, and nothing is persisted when any occurs.
/// Every successful mutation leaves an audit entry.
/// </summary>
public sealed partial class MutationRunner(HeadlessDbContextFactory contexts, RealtimeEvents events, TimeProvider time, ILogger<MutationRunner> logger)
{
    public async Task<MutationResult<T>> RunAsync<T>(IResolveFieldContext context, Func<MutationContext, Task<T>> handler)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(handler);
        var operation = context.FieldDefinition.Name;
        var viewer = context.Viewer();
        await using var db = contexts.CreateDbContext();
        var strategy = db.Database.CreateExecutionStrategy();
        MutationContext? committed = null;
        try
        {
            var result = await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
                var mutation = new MutationContext(db, viewer, time.GetUtcNow().UtcDateTime, operation, context.CancellationToken);
                var result = await handler(mutation);
                db.AuditEntries.AddRange(mutation.AuditEntries);
                await db.SaveChangesAsync(context.CancellationToken);
                await transaction.CommitAsync(context.CancellationToken);
                committed = mutation;
                return MutationResults.Success(result);
            });
            await PublishAsync(committed, operation);
            return result;
        }
        catch (MutationFailedException failure)
        {
            return MutationResults.Failure<T>(failure.Error);
        }
        catch (DomainRuleException rule)
        {
            return MutationResults.Failure<T>(new ValidationError(rule.Message, rule.Code, MutationPaths.Of(rule.Field)));
        }
        catch (DbUpdateConcurrencyException)
        {
            return MutationResults.Failure<T>(new ConflictError("Someone else changed this at the same time; reload and retry.", "VERSION_CONFLICT"));
        }
        catch (DbUpdateException exception)
        {
            LogConflict(logger, operation, exception.InnerException?.Message ?? exception.Message);
            return MutationResults.Failure<T>(new ConflictError("The change conflicts with existing data (a duplicate, or a reference that no longer exists)."));
        }
    }

    private async Task PublishAsync(MutationContext? committed, string operation)
    {
        foreach (var publish in committed?.Events ?? [])
        {
            try
            {
                // The change is committed whatever happens here: a lost event must not fail the mutation.
                await publish(events, CancellationToken.None);
            }
#pragma warning disable CA1031 // Publishing is best effort after commit; the failure is logged.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogPublishFailed(logger, operation, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Operation} committed but its real-time event could not be published.")]
    private static partial void LogPublishFailed(ILogger logger, string operation, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Operation} refused by the database: {Reason}")]
    private static partial void LogConflict(ILogger logger, string operation, string reason);
}
