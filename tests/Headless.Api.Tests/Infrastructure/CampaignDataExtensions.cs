using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Headless.Domain.Donations;
using Headless.Domain.Tiers;

namespace Headless.Api.Tests.Infrastructure;

/// <summary>Builds campaigns and everything recorded on them, through the domain's own rules.</summary>
public static class CampaignDataExtensions
{
    /// <summary>A campaign as <paramref name="shape"/> leaves it: add phases, links, a pledge, then publish or archive it there.</summary>
    public static async Task<Campaign> CampaignAsync(this TestData data, Guid ngoId, CampaignDetails details, Action<Campaign>? shape = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var campaign = Campaign.Create(ngoId, details, data.Now);
        shape?.Invoke(campaign);
        await data.AddAsync(campaign);
        return campaign;
    }

    /// <summary>A tier with <paramref name="claimed"/> of its limited places already taken, archived when asked.</summary>
    public static async Task<DonationTier> TierAsync(this TestData data, Campaign campaign, TierDetails details, int claimed = 0, bool archived = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(details);
        var tier = DonationTier.Create(campaign.Id, details);
        for (var i = 0; i < claimed; i++)
        {
            // Places were taken while the tier was open, whatever its end date.
            tier.Claim(details.Amount ?? details.MinimumAmount ?? DonationTier.MinimumUnit, campaign.StartsAt);
        }

        if (archived)
        {
            tier.Archive(data.Now);
        }

        await data.AddAsync(tier);
        return tier;
    }

    public static async Task<Donation> RecordDonationAsync(
        this TestData data, Campaign campaign, decimal amount, string? donorName, DateTime receivedAt, DonationTier? tier = null, bool refunded = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(campaign);
        var donation = Donation.Record(campaign, new DonationDetails(
            new Money(amount, campaign.Currency), DonationPlatform.Helloasso, TestData.Unique("ref-"), tier?.Id, donorName, donorName is null, receivedAt), data.Now);
        if (refunded)
        {
            donation.Refund(data.Now);
        }

        await data.AddAsync(donation);
        return donation;
    }

    /// <summary>A progress update, a draft unless <paramref name="publishedAt"/> is given.</summary>
    public static async Task<ProgressUpdate> UpdateAsync(
        this TestData data, Campaign campaign, string title, string body, DateTime createdAt, DateTime? publishedAt, string? tweetUrl = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(campaign);
        var update = ProgressUpdate.Create(campaign.Id, title, body, tweetUrl, createdAt);
        if (publishedAt is { } at)
        {
            update.Publish(at);
        }

        await data.AddAsync(update);
        return update;
    }

    public static async Task<ExpenseLine> ExpenseAsync(this TestData data, Campaign campaign, string category, string description, decimal amount, DateTime spentOn)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(campaign);
        var line = ExpenseLine.Create(campaign.Id, category, description, new Money(amount, campaign.Currency), spentOn);
        await data.AddAsync(line);
        return line;
    }

    /// <summary>
    /// Counts engagements toward the pledge as the matcher would, one after another, against
    /// <paramref name="rule"/> (by default the campaign's own). Returns how many counted.
    /// </summary>
    public static async Task<int> EngagementsAsync(this TestData data, Campaign campaign, IEnumerable<Engagement> engagements, PledgeMatchingRule? rule = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(campaign);
        var matchingRule = rule ?? campaign.MatchingRule ?? throw new InvalidOperationException("The campaign has no pledge.");
        var counted = new List<PledgeEngagement>();
        foreach (var engagement in engagements)
        {
            if (PledgeMatcher.Match(campaign.Id, matchingRule, engagement, counted) is { } match)
            {
                counted.Add(match);
            }
        }

        await data.AddAsync([.. counted]);
        return counted.Count;
    }
}
