namespace Headless.Schema.Campaigns;

public enum CampaignOrderField
{
    StartsAt,
    EndsAt,
    CreatedAt,
    Title,
}
