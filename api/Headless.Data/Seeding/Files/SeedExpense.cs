namespace Headless.Data.Seeding.Files;

public sealed record SeedExpense(string Category, string Description, SeedMoney Amount, string SpentOn);
