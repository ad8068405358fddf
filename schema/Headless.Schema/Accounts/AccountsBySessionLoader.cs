using Headless.Data;
using Headless.Domain.Accounts;
using Headless.GraphQL.DataLoading;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Accounts;

/// <summary>The accounts that live-tweet each session.</summary>
public sealed class AccountsBySessionLoader(HeadlessDbContextFactory contexts, ViewerAccessor viewer) : GroupedDataLoader<Guid, TwitterAccount>
{
    protected override async Task<ILookup<Guid, TwitterAccount>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateRestrictedTo(viewer.Viewer.MemberOfNgoIds);
        var rows = await (
            from link in db.LiveSessionAccounts.AsNoTracking()
            join account in db.Accounts.AsNoTracking() on link.AccountId equals account.Id
            where keys.Contains(link.LiveSessionId)
            orderby account.HandleKey
            select new { link.LiveSessionId, Account = account }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.LiveSessionId, r => r.Account);
    }
}
