using Headless.Domain.Common;

namespace Headless.Domain.Campaigns;

/// <summary>Where supporters actually give: the NGO's site or a third-party platform.</summary>
public sealed class DonationLink : Entity
{
    private DonationLink()
    {
        Url = string.Empty;
    }

    public Guid CampaignId { get; private set; }

    public DonationPlatform Platform { get; private set; }

    public string Url { get; private set; }

    public string? Label { get; private set; }

    internal static DonationLink Create(Guid campaignId, DonationPlatform platform, string url, string? label) =>
        new()
        {
            CampaignId = campaignId,
            Platform = platform,
            Url = Guard.RequiredUrl(url, "url"),
            Label = Guard.Optional(label, "label", 100),
        };
}
