using Headless.Domain.Common;

namespace Headless.Domain.Campaigns;

/// <summary>
/// A sponsor's pledge per engagement (the Red Cross #PerfectGift pattern: $1 per retweet or reply,
/// capped at $10,000). Amounts are in the campaign's currency.
/// </summary>
public sealed record PledgeMatchingRule
{
    private PledgeMatchingRule()
    {
        SponsorName = string.Empty;
    }

    public string SponsorName { get; private init; }

    public decimal PerRetweet { get; private init; }

    public decimal PerReply { get; private init; }

    public decimal PerQuote { get; private init; }

    public decimal Cap { get; private init; }

    public bool OncePerAuthor { get; private init; }

    public DateTime StartsAt { get; private init; }

    public DateTime EndsAt { get; private init; }

    public static PledgeMatchingRule Create(PledgeMatchingRuleDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        NonNegative(details.PerRetweet, "perRetweet");
        NonNegative(details.PerReply, "perReply");
        NonNegative(details.PerQuote, "perQuote");
        if (details.PerRetweet + details.PerReply + details.PerQuote == 0)
        {
            throw new DomainRuleException("perRetweet", "NOTHING_PLEDGED", "At least one engagement must be pledged an amount.");
        }

        if (details.Cap <= 0)
        {
            throw new DomainRuleException("cap", "NOT_POSITIVE", "The cap must be positive.");
        }

        var rule = new PledgeMatchingRule
        {
            SponsorName = Guard.Required(details.SponsorName, "sponsorName", 200),
            PerRetweet = details.PerRetweet,
            PerReply = details.PerReply,
            PerQuote = details.PerQuote,
            Cap = details.Cap,
            OncePerAuthor = details.OncePerAuthor,
            StartsAt = Guard.Utc(details.StartsAt, "startsAt"),
            EndsAt = Guard.Utc(details.EndsAt, "endsAt"),
        };
        Guard.Window(rule.StartsAt, rule.EndsAt, "endsAt");
        return rule;
    }

    public decimal AmountFor(EngagementKind kind) => kind switch
    {
        EngagementKind.Retweet => PerRetweet,
        EngagementKind.Reply => PerReply,
        EngagementKind.Quote => PerQuote,
        _ => 0m,
    };

    public bool IsInWindow(DateTime at) => StartsAt <= at && at < EndsAt;

    private static void NonNegative(decimal value, string field)
    {
        if (value < 0)
        {
            throw new DomainRuleException(field, "NEGATIVE", $"{field} cannot be negative.");
        }
    }
}
