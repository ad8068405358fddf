namespace Headless.Domain.Campaigns;

/// <summary>
/// Decides whether an engagement counts toward a campaign's pledge, and for how much:
/// inside the rule's window, once per tweet, once per author when the rule says so, never past the cap
/// (the last engagement before the cap counts for what is left).
/// </summary>
public static class PledgeMatcher
{
    public static PledgeEngagement? Match(
        Guid campaignId,
        PledgeMatchingRule rule,
        Engagement engagement,
        IReadOnlyCollection<PledgeEngagement> counted)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(engagement);
        ArgumentNullException.ThrowIfNull(counted);

        if (!rule.IsInWindow(engagement.OccurredAt) || rule.AmountFor(engagement.Kind) <= 0)
        {
            return null;
        }

        if (counted.Any(c => c.TweetXId == engagement.TweetXId)
            || (rule.OncePerAuthor && counted.Any(c => c.AuthorXId == engagement.AuthorXId)))
        {
            return null;
        }

        var left = rule.Cap - counted.Sum(c => c.Amount);
        if (left <= 0)
        {
            return null;
        }

        var amount = Math.Min(rule.AmountFor(engagement.Kind), left);
        return PledgeEngagement.Create(campaignId, engagement, amount);
    }

    public static decimal MatchedAmount(PledgeMatchingRule? rule, IEnumerable<PledgeEngagement> counted) =>
        rule is null ? 0m : Math.Min(rule.Cap, counted.Sum(c => c.Amount));
}
