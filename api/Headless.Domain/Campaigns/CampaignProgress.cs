using Headless.Domain.Common;

namespace Headless.Domain.Campaigns;

/// <summary>Where a campaign stands: donations plus matched pledges, against its goal.</summary>
public sealed record CampaignProgress(
    Money Raised,
    Money Matched,
    int DonorCount,
    decimal Percentage,
    TimeSpan RemainingTime,
    CampaignPhase? CurrentPhase)
{
    public Money Total => Raised + Matched;

    /// <param name="raised">Sum of the non-refunded donations, in the campaign currency.</param>
    /// <param name="matched">Matched pledge amount, already capped.</param>
    /// <param name="donorCount">Number of non-refunded donations.</param>
    public static CampaignProgress Calculate(Campaign campaign, decimal raised, decimal matched, int donorCount, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var total = raised + matched;
        var percentage = campaign.GoalType switch
        {
            GoalType.Donors when campaign.GoalDonors is > 0 => donorCount * 100m / campaign.GoalDonors.Value,
            GoalType.Amount when campaign.GoalAmount > 0 => total * 100m / campaign.GoalAmount,
            _ => 0m,
        };
        var remaining = campaign.StatusAt(now) == CampaignStatus.Archived || now >= campaign.EndsAt
            ? TimeSpan.Zero
            : campaign.EndsAt - now;
        return new CampaignProgress(
            new Money(raised, campaign.Currency),
            new Money(matched, campaign.Currency),
            donorCount,
            Math.Round(percentage, 2, MidpointRounding.ToZero),
            remaining,
            campaign.CurrentPhaseAt(now));
    }
}
