using Headless.Data;
using Headless.GraphQL.DataLoading;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Campaigns;

/// <summary>The currency of each campaign, for amounts stored without one (tier amounts are in the campaign's currency).</summary>
public sealed class CampaignCurrencyLoader(HeadlessDbContextFactory contexts, ViewerAccessor viewer) : BatchDataLoader<Guid, string>
{
    protected override async Task<IReadOnlyDictionary<Guid, string>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateRestrictedTo(viewer.Viewer.MemberOfNgoIds);
        return await db.Campaigns.AsNoTracking().Where(c => keys.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Currency, cancellationToken);
    }
}
