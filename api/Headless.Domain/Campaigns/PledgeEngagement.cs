using Headless.Domain.Common;

namespace Headless.Domain.Campaigns;

/// <summary>One engagement that counted toward a campaign's pledge, with the amount it was worth when it counted.</summary>
public sealed class PledgeEngagement : Entity
{
    private PledgeEngagement()
    {
        TweetXId = AuthorXId = string.Empty;
    }

    public Guid CampaignId { get; private set; }

    public string TweetXId { get; private set; }

    public string AuthorXId { get; private set; }

    public EngagementKind Kind { get; private set; }

    public decimal Amount { get; private set; }

    public DateTime OccurredAt { get; private set; }

    internal static PledgeEngagement Create(Guid campaignId, Engagement engagement, decimal amount) => new()
    {
        CampaignId = campaignId,
        TweetXId = engagement.TweetXId,
        AuthorXId = engagement.AuthorXId,
        Kind = engagement.Kind,
        Amount = amount,
        OccurredAt = engagement.OccurredAt,
    };
}
