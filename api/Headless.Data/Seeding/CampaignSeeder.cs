using Headless.Data.Seeding.Files;
using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Headless.Domain.Donations;
using Headless.Domain.Tiers;

namespace Headless.Data.Seeding;

/// <summary>Adds a seeded campaign with its phases, links, updates, expenses, pledge rule, tiers and donations.</summary>
internal sealed class CampaignSeeder(HeadlessDbContext db, DateTime now)
{
    public void Add(Guid ngoId, SeedCampaign seed, SeedCounts counts)
    {
        var goal = seed.Goal.Type.Equals("DONORS", StringComparison.OrdinalIgnoreCase)
            ? CampaignGoal.ForDonors(seed.Goal.Donors ?? 0, seed.Goal.Currency)
            : CampaignGoal.ForAmount(new Money(seed.Goal.Amount ?? 0m, seed.Goal.Currency));
        var campaign = Campaign.Create(
            ngoId,
            new CampaignDetails(seed.Slug, seed.Title, seed.Summary, seed.Description, goal, Time(seed.StartsAt), Time(seed.EndsAt), seed.Hashtags),
            now);
        foreach (var phase in seed.Phases ?? [])
        {
            campaign.AddPhase(new PhaseDetails(phase.Name, Time(phase.StartsAt), Time(phase.EndsAt), phase.RelaunchMessage));
        }

        foreach (var link in seed.DonationLinks ?? [])
        {
            campaign.AddDonationLink(Enum.Parse<DonationPlatform>(link.Platform, ignoreCase: true), link.Url, link.Label);
        }

        if (seed.MatchingRule is { } rule)
        {
            campaign.SetMatchingRule(new PledgeMatchingRuleDetails(
                rule.SponsorName, rule.PerRetweet, rule.PerReply, rule.PerQuote, rule.Cap, rule.OncePerAuthor, Time(rule.StartsAt), Time(rule.EndsAt)));
        }

        if (seed.Published)
        {
            campaign.Publish(Min(campaign.StartsAt, now));
        }

        if (seed.Archived)
        {
            campaign.Archive(now);
        }

        db.Campaigns.Add(campaign);
        counts.Campaigns++;
        AddRecords(campaign, seed);
        var tiers = AddTiers(campaign, seed.Tiers ?? [], counts);
        AddDonations(campaign, seed.Donations ?? [], tiers, counts);
    }

    private void AddRecords(Campaign campaign, SeedCampaign seed)
    {
        foreach (var update in seed.Updates ?? [])
        {
            var entity = ProgressUpdate.Create(campaign.Id, update.Title, update.Body, update.TweetUrl, now);
            if (SeedTime.ResolveOptional(update.PublishedAt, now) is { } publishedAt)
            {
                entity.Publish(publishedAt);
            }

            db.ProgressUpdates.Add(entity);
        }

        foreach (var expense in seed.Expenses ?? [])
        {
            db.ExpenseLines.Add(ExpenseLine.Create(
                campaign.Id, expense.Category, expense.Description, new Money(expense.Amount.Amount, expense.Amount.Currency), Time(expense.SpentOn)));
        }
    }

    private Dictionary<string, DonationTier> AddTiers(Campaign campaign, IReadOnlyList<SeedTier> seeds, SeedCounts counts)
    {
        var tiers = new Dictionary<string, DonationTier>(StringComparer.Ordinal);
        foreach (var seed in seeds)
        {
            var tier = DonationTier.Create(campaign.Id, new TierDetails(
                seed.Name,
                seed.Description,
                seed.Reward,
                Enum.Parse<TierAmountType>(seed.AmountType, ignoreCase: true),
                seed.Amount,
                seed.MinimumAmount,
                seed.MaximumAmount,
                seed.Presets ?? [],
                seed.MaxQuantity,
                SeedTime.ResolveOptional(seed.EndsAt, now),
                seed.SortOrder));
            tiers[seed.Key] = tier;
            db.Tiers.Add(tier);
            counts.Tiers++;
        }

        return tiers;
    }

    private void AddDonations(Campaign campaign, IReadOnlyList<SeedDonation> seeds, Dictionary<string, DonationTier> tiers, SeedCounts counts)
    {
        foreach (var seed in seeds.OrderBy(d => Time(d.ReceivedAt)))
        {
            var receivedAt = Time(seed.ReceivedAt);
            var tier = seed.Tier is null ? null : tiers[seed.Tier];
            tier?.Claim(seed.Amount, receivedAt);
            db.Donations.Add(Donation.Record(
                campaign,
                new DonationDetails(
                    new Money(seed.Amount, seed.Currency),
                    Enum.Parse<DonationPlatform>(seed.Platform, ignoreCase: true),
                    seed.ExternalReference,
                    tier?.Id,
                    seed.DonorName,
                    seed.Anonymous,
                    receivedAt),
                now));
            counts.Donations++;
        }
    }

    private DateTime Time(string value) => SeedTime.Resolve(value, now);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
