namespace Headless.Data.Seeding.Files;

public sealed record SeedPhase(string Name, string StartsAt, string EndsAt, string? RelaunchMessage);
