namespace Headless.Schema.Campaigns.Expenses;

/// <summary><see cref="Amount"/> is in the campaign's currency.</summary>
public sealed record EditExpenseInput(string ExpenseId, string Category, string Description, decimal Amount, DateTime SpentOn);
