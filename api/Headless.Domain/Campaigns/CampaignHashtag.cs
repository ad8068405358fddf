using Headless.Domain.Common;

namespace Headless.Domain.Campaigns;

/// <summary>A hashtag a campaign is keyed by; <see cref="Key"/> is indexed for matching incoming tweets.</summary>
public sealed class CampaignHashtag
{
    private CampaignHashtag()
    {
        Text = Key = string.Empty;
    }

    public Guid CampaignId { get; private set; }

    public string Text { get; private set; }

    public string Key { get; private set; }

    internal static CampaignHashtag From(Guid campaignId, Hashtag tag) =>
        new() { CampaignId = campaignId, Text = tag.Text, Key = tag.Key };
}
