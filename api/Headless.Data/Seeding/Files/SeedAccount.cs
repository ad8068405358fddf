namespace Headless.Data.Seeding.Files;

public sealed record SeedAccount(string Handle, string? XUserId, string DisplayName, string Role, string? Region, string? Parent);
