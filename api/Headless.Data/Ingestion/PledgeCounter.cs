using Headless.Domain.Campaigns;
using Headless.Domain.Tweets;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Ingestion;

/// <summary>Counts engagements toward pledges within a batch, loading each campaign's counted engagements once.</summary>
internal sealed class PledgeCounter(HeadlessDbContext db)
{
    private readonly Dictionary<Guid, List<PledgeEngagement>> _counted = [];
    private readonly HashSet<Guid> _changed = [];

    public IReadOnlyList<Guid> ChangedCampaigns => [.. _changed];

    public async Task CountAsync(Campaign campaign, TweetData tweet, CancellationToken cancellationToken)
    {
        if (campaign.MatchingRule is not { } rule || TweetMatcher.AsEngagement(tweet) is not { } engagement)
        {
            return;
        }

        if (!_counted.TryGetValue(campaign.Id, out var counted))
        {
            counted = await db.PledgeEngagements.AsNoTracking().Where(e => e.CampaignId == campaign.Id).ToListAsync(cancellationToken);
            _counted[campaign.Id] = counted;
        }

        if (PledgeMatcher.Match(campaign.Id, rule, engagement, counted) is { } match)
        {
            counted.Add(match);
            db.PledgeEngagements.Add(match);
            _changed.Add(campaign.Id);
        }
    }
}
