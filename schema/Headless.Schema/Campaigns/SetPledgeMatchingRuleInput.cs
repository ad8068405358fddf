using Headless.Domain.Campaigns;

namespace Headless.Schema.Campaigns;

/// <summary>Amounts are in the campaign's currency; an engagement left out is pledged nothing.</summary>
public sealed record SetPledgeMatchingRuleInput(
    string CampaignId,
    string SponsorName,
    decimal? PerRetweet,
    decimal? PerReply,
    decimal? PerQuote,
    decimal Cap,
    bool? OncePerAuthor,
    DateTime StartsAt,
    DateTime EndsAt,
    int? ExpectedVersion)
{
    public PledgeMatchingRuleDetails ToDetails() =>
        new(SponsorName, PerRetweet ?? 0m, PerReply ?? 0m, PerQuote ?? 0m, Cap, OncePerAuthor ?? false, StartsAt, EndsAt);
}
