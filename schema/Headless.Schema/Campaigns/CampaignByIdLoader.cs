using Headless.Data;
using Headless.Domain.Campaigns;
using Headless.GraphQL.DataLoading;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Campaigns;

/// <summary>Campaigns by id, with their hashtags, phases and donation links. Visibility is the caller's concern.</summary>
public sealed class CampaignByIdLoader(HeadlessDbContextFactory contexts, ViewerAccessor viewer) : BatchDataLoader<Guid, Campaign>
{
    protected override async Task<IReadOnlyDictionary<Guid, Campaign>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateRestrictedTo(viewer.Viewer.MemberOfNgoIds);
        return await db.Campaigns.WithChildren().Where(c => keys.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
    }
}
