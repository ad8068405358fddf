using Headless.Data;
using Headless.Domain.Tiers;
using Headless.GraphQL.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Tiers;

public sealed class TierByIdLoader(HeadlessDbContextFactory contexts) : BatchDataLoader<Guid, DonationTier>
{
    protected override async Task<IReadOnlyDictionary<Guid, DonationTier>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Tiers.AsNoTracking().Where(t => keys.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
    }
}
