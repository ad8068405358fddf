namespace Headless.Schema.Campaigns.Expenses;

/// <summary><see cref="Amount"/> is in the campaign's currency, like everything the campaign publishes.</summary>
public sealed record AddExpenseInput(string CampaignId, string Category, string Description, decimal Amount, DateTime SpentOn);
