namespace Headless.Schema.Campaigns;

public sealed class ArchiveCampaignInputType : CampaignChangeInputType
{
    public ArchiveCampaignInputType()
        : base("ArchiveCampaignInput")
    {
    }
}
