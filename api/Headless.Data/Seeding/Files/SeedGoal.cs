namespace Headless.Data.Seeding.Files;

public sealed record SeedGoal(string Type, decimal? Amount, int? Donors, string Currency);
