using Headless.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Donations;

/// <summary>
/// Saves an attempt's changes inside the mutation's transaction. When a concurrent mutation won the race for
/// the same rows (a tier's concurrency token, the unique platform reference), the attempt is forgotten and
/// made again on what that mutation committed: the tier is read afresh, the duplicate is found and replayed.
/// SaveChanges rolls back to its own savepoint when it fails, so the transaction stays usable in between.
/// </summary>
internal static class ConcurrentAttempts
{
    /// <summary>Enough for a burst of donors racing for the same tier; past it the caller gets a VERSION_CONFLICT to retry.</summary>
    public const int MaxAttempts = 8;

    public static async Task<T> SaveAsync<T>(MutationContext m, Func<Task<T>> attempt)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(attempt);
        for (var tried = 1; ; tried++)
        {
            var result = await attempt();
            try
            {
                await m.Db.SaveChangesAsync(m.CancellationToken);
                return result;
            }
            catch (DbUpdateException) when (tried < MaxAttempts)
            {
                m.Db.ChangeTracker.Clear();
            }
        }
    }
}
