namespace Headless.Domain.Campaigns;

public enum CampaignStatus
{
    Draft,
    Scheduled,
    Live,
    Ended,
    Archived,
}
