namespace Headless.Data.Seeding.Files;

public sealed record SeedMoney(decimal Amount, string Currency);
