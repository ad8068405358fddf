namespace Headless.Domain.Campaigns;

public sealed record PledgeMatchingRuleDetails(
    string SponsorName,
    decimal PerRetweet,
    decimal PerReply,
    decimal PerQuote,
    decimal Cap,
    bool OncePerAuthor,
    DateTime StartsAt,
    DateTime EndsAt);
