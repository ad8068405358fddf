using Headless.Domain.Common;

namespace Headless.Domain.Campaigns;

/// <summary>
/// The goal of a campaign: an amount of money, or a number of donors (GiveWP-style donor goals).
/// The currency is always set: it is the campaign's currency for donations either way.
/// </summary>
public sealed record CampaignGoal
{
    private CampaignGoal(GoalType type, Money amount, int? donors)
    {
        Type = type;
        Amount = amount;
        Donors = donors;
    }

    public GoalType Type { get; }

    public Money Amount { get; }

    public int? Donors { get; }

    public string Currency => Amount.Currency;

    public static CampaignGoal ForAmount(Money amount) =>
        amount.Amount > 0
            ? new CampaignGoal(GoalType.Amount, amount, null)
            : throw new DomainRuleException("goal.amount", "NOT_POSITIVE", "The goal amount must be positive.");

    public static CampaignGoal ForDonors(int donors, string currency) =>
        donors > 0
            ? new CampaignGoal(GoalType.Donors, Money.Zero(currency), donors)
            : throw new DomainRuleException("goal.donors", "NOT_POSITIVE", "The donor goal must be positive.");

    public static CampaignGoal Restore(GoalType type, decimal amount, string currency, int? donors) =>
        new(type, new Money(amount, currency), donors);
}
