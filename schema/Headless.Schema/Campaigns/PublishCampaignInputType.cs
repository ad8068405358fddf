namespace Headless.Schema.Campaigns;

public sealed class PublishCampaignInputType : CampaignChangeInputType
{
    public PublishCampaignInputType()
        : base("PublishCampaignInput")
    {
    }
}
