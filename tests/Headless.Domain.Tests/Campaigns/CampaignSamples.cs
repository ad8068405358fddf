using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Campaigns;

/// <summary>Fresh campaigns for each test: March 2025, in euros, keyed by #PerfectGift.</summary>
internal static class CampaignSamples
{
    public static DateTime Start => Utc.March(1);

    public static DateTime End => Utc.March(31);

    public static CampaignDetails Details(
        DateTime? startsAt = null,
        DateTime? endsAt = null,
        IReadOnlyList<string>? hashtags = null,
        CampaignGoal? goal = null,
        string title = "Perfect Gift",
        string? summary = "A retweet is a gift",
        string slug = "perfect-gift") =>
        new(
            slug,
            title,
            summary,
            null,
            goal ?? CampaignGoal.ForAmount(new Money(10_000m, "EUR")),
            startsAt ?? Start,
            endsAt ?? End,
            hashtags ?? ["PerfectGift"]);

    public static Campaign Draft(CampaignDetails? details = null) =>
        Campaign.Create(Guid.NewGuid(), details ?? Details(), Utc.March(1).AddDays(-10));

    public static Campaign Published(CampaignDetails? details = null)
    {
        var campaign = Draft(details);
        campaign.Publish(Utc.March(1).AddDays(-5));
        return campaign;
    }

    public static PhaseDetails Phase(DateTime startsAt, DateTime endsAt, string name = "Last 48 hours") =>
        new(name, startsAt, endsAt, "Only two days left!");

    public static PledgeMatchingRuleDetails Pledge(
        DateTime? startsAt = null,
        DateTime? endsAt = null,
        decimal perRetweet = 1m,
        decimal perReply = 1m,
        decimal perQuote = 0m,
        decimal cap = 10_000m,
        bool oncePerAuthor = false,
        string sponsor = "Generous Bank") =>
        new(sponsor, perRetweet, perReply, perQuote, cap, oncePerAuthor, startsAt ?? Start, endsAt ?? End);

    /// <summary>
    /// Everything an edit could change, as one value: comparing two snapshots shows any partial change at once.
    /// </summary>
    public static object Snapshot(Campaign campaign) => new
    {
        campaign.Title,
        campaign.Summary,
        campaign.Description,
        campaign.GoalType,
        campaign.GoalAmount,
        campaign.GoalDonors,
        campaign.Currency,
        campaign.StartsAt,
        campaign.EndsAt,
        campaign.PublishedAt,
        campaign.ArchivedAt,
        campaign.MatchingRule,
        campaign.Version,
        Hashtags = string.Join(",", campaign.Hashtags.Select(h => h.Text)),
        Phases = string.Join(",", campaign.Phases.Select(p => $"{p.Name}:{p.StartsAt:O}-{p.EndsAt:O}:{p.RelaunchMessage}")),
        DonationLinks = string.Join(",", campaign.DonationLinks.Select(l => $"{l.Platform}:{l.Url}:{l.Label}")),
    };
}
