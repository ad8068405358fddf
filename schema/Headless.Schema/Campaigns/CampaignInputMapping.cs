using Headless.Domain.Campaigns;
using Headless.Domain.Common;

namespace Headless.Schema.Campaigns;

internal static class CampaignInputMapping
{
    public static CampaignDetails ToDetails(this CampaignInput input)
    {
        // Checked here so that a bad code points at goal.currency, where the client sent it.
        var currency = InputFields.Under("goal", () => CurrencyCode.Normalize(input.Goal.Currency, "currency"));
        return new CampaignDetails(
            input.Slug,
            input.Title,
            input.Summary,
            input.Description,
            input.Goal.Type == GoalType.Donors
                ? CampaignGoal.ForDonors(input.Goal.Donors ?? 0, currency)
                : CampaignGoal.ForAmount(new Money(input.Goal.Amount ?? 0m, currency)),
            input.StartsAt,
            input.EndsAt,
            input.Hashtags);
    }
}
