using Headless.Domain.Common;

namespace Headless.Domain.Campaigns;

// Publication, archiving and the pledge: the state changes that are no-ops when nothing changes,
// so repeating one never bumps the version and never makes a concurrent editor conflict for nothing.
public sealed partial class Campaign
{
    public void Publish(DateTime now)
    {
        EnsureNotArchived();
        if (PublishedAt is not null)
        {
            return;
        }

        PublishedAt = Guard.Utc(now, "now");
        Touch();
    }

    public void Unpublish()
    {
        EnsureNotArchived();
        if (PublishedAt is null)
        {
            return;
        }

        PublishedAt = null;
        Touch();
    }

    /// <summary>Makes the campaign read-only; archiving again keeps the first archive time.</summary>
    public void Archive(DateTime now)
    {
        if (ArchivedAt is not null)
        {
            return;
        }

        ArchivedAt = Guard.Utc(now, "now");
        Touch();
    }

    public void SetMatchingRule(PledgeMatchingRuleDetails? details)
    {
        EnsureNotArchived();
        if (details is null)
        {
            if (MatchingRule is not null)
            {
                MatchingRule = null;
                Touch();
            }

            return;
        }

        var rule = PledgeMatchingRule.Create(details);
        if (ViolatedBound([(rule.StartsAt, rule.EndsAt)], StartsAt, EndsAt) is { } field)
        {
            throw new DomainRuleException(field, "OUTSIDE_CAMPAIGN", "The pledge window must lie inside the campaign.");
        }

        MatchingRule = rule;
        Touch();
    }

    private void EnsureNotArchived()
    {
        if (ArchivedAt is not null)
        {
            throw new DomainRuleException(string.Empty, "ARCHIVED", "An archived campaign is read-only.");
        }
    }
}
