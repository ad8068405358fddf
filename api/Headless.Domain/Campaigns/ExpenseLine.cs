using Headless.Domain.Common;

namespace Headless.Domain.Campaigns;

/// <summary>One line of spending, published for transparency.</summary>
public sealed class ExpenseLine : Entity
{
    private ExpenseLine()
    {
        Category = Description = Currency = string.Empty;
    }

    public Guid CampaignId { get; private set; }

    public string Category { get; private set; }

    public string Description { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; }

    public DateTime SpentOn { get; private set; }

    public Money Money => new(Amount, Currency);

    public static ExpenseLine Create(Guid campaignId, string category, string description, Money amount, DateTime spentOn)
    {
        var line = new ExpenseLine { CampaignId = campaignId };
        line.Edit(category, description, amount, spentOn);
        return line;
    }

    public void Edit(string category, string description, Money amount, DateTime spentOn)
    {
        // Checked in full first, so a refused edit leaves the line as it was.
        if (amount.Amount <= 0)
        {
            throw new DomainRuleException("amount", "NOT_POSITIVE", "An expense must be positive.");
        }

        var checkedCategory = Guard.Required(category, "category", 100);
        var checkedDescription = Guard.Required(description, "description", 1000);
        var checkedSpentOn = Guard.Utc(spentOn, "spentOn");

        Category = checkedCategory;
        Description = checkedDescription;
        Amount = amount.Amount;
        Currency = amount.Currency;
        SpentOn = checkedSpentOn;
    }
}
