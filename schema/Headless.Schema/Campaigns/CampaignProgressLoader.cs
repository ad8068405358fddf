using Headless.Data.Progress;
using Headless.GraphQL.DataLoading;

namespace Headless.Schema.Campaigns;

/// <summary>Donation and pledge totals of every campaign on the page, in two queries.</summary>
public sealed class CampaignProgressLoader(CampaignTotalsReader reader) : BatchDataLoader<Guid, CampaignTotals>
{
    protected override Task<IReadOnlyDictionary<Guid, CampaignTotals>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        reader.ReadAsync(keys, cancellationToken);
}
