using Headless.Data;
using Headless.GraphQL.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Campaigns;

/// <summary>The currency of each campaign, for amounts stored without one (tier amounts are in the campaign's currency).</summary>
public sealed class CampaignCurrencyLoader(HeadlessDbContextFactory contexts) : BatchDataLoader<Guid, string>
{
    protected override async Task<IReadOnlyDictionary<Guid, string>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Campaigns.AsNoTracking().Where(c => keys.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Currency, cancellationToken);
    }
}
