namespace Headless.Data.Seeding.Files;

public sealed record SeedDonationLink(string Platform, string Url, string? Label);
