using Headless.Domain.Campaigns;
using Headless.Domain.Common;

namespace Headless.Schema.Campaigns;

internal static class CampaignInputMapping
{
    public static CampaignDetails ToDetails(this CampaignInput input) => new(
        input.Slug,
        input.Title,
        input.Summary,
        input.Description,
        input.Goal.Type == GoalType.Donors
            ? CampaignGoal.ForDonors(input.Goal.Donors ?? 0, input.Goal.Currency)
            : CampaignGoal.ForAmount(new Money(input.Goal.Amount ?? 0m, input.Goal.Currency)),
        input.StartsAt,
        input.EndsAt,
        input.Hashtags);
}
