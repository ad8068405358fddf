namespace Headless.Domain.Campaigns;

/// <summary>What a campaign's goal counts: money raised, or donors reached.</summary>
public enum GoalType
{
    Amount,
    Donors,
}
