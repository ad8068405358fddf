namespace Headless.Schema.Campaigns.Expenses;

public sealed record RemoveExpenseInput(string ExpenseId);
