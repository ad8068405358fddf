namespace Headless.Schema.Campaigns;

public sealed class UnpublishCampaignInputType : CampaignChangeInputType
{
    public UnpublishCampaignInputType()
        : base("UnpublishCampaignInput")
    {
    }
}
