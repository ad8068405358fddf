using Headless.Data;
using Headless.Domain.Accounts;
using Headless.Domain.Tweets;
using Headless.GraphQL.DataLoading;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Accounts;

/// <summary>Amplification statistics for many accounts in three queries, whatever their number.</summary>
public sealed class AmplificationLoader(HeadlessDbContextFactory contexts, ViewerAccessor viewer) : BatchDataLoader<Guid, AccountAmplification>
{
    protected override async Task<IReadOnlyDictionary<Guid, AccountAmplification>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateRestrictedTo(viewer.Viewer.MemberOfNgoIds);
        var accounts = await db.Accounts.AsNoTracking().Where(a => keys.Contains(a.Id)).ToListAsync(cancellationToken);
        var ngoIds = accounts.Select(a => a.NgoId).Distinct().ToList();
        var staircases = (await db.Accounts.AsNoTracking().Where(a => ngoIds.Contains(a.NgoId)).ToListAsync(cancellationToken))
            .GroupBy(a => a.NgoId).ToDictionary(g => g.Key, g => new AccountStaircase(g.Key, g));

        var counts = await db.Tweets.AsNoTracking()
            .Where(t => t.AccountId != null && keys.Contains(t.AccountId.Value))
            .GroupBy(t => new { t.AccountId, t.Kind })
            .Select(g => new { g.Key.AccountId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var xIds = accounts.Where(a => a.XUserId != null).Select(a => a.XUserId!).ToList();
        var retweets = await db.Tweets.AsNoTracking()
            .Where(t => t.Kind == TweetKind.Retweet && t.AccountId != null && t.ReferencedAuthorXId != null && xIds.Contains(t.ReferencedAuthorXId))
            .Select(t => new { t.AccountId, t.ReferencedAuthorXId, t.ReferencedTweetXId })
            .Distinct()
            .ToListAsync(cancellationToken);

        return accounts.ToDictionary(a => a.Id, a =>
        {
            var hub = staircases[a.NgoId].RootOf(a);
            var mine = counts.Where(c => c.AccountId == a.Id).ToList();
            var amplified = hub.Id == a.Id || a.XUserId is null
                ? 0
                : retweets.Where(r => r.AccountId == hub.Id && r.ReferencedAuthorXId == a.XUserId).Select(r => r.ReferencedTweetXId).Distinct().Count();
            return new AccountAmplification(
                mine.Sum(c => c.Count),
                mine.Where(c => c.Kind == TweetKind.Original).Sum(c => c.Count),
                amplified,
                mine.Where(c => c.Kind == TweetKind.Retweet).Sum(c => c.Count));
        });
    }
}
