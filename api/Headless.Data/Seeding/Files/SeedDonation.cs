namespace Headless.Data.Seeding.Files;

public sealed record SeedDonation(
    string? Tier,
    decimal Amount,
    string Currency,
    string Platform,
    string ExternalReference,
    string? DonorName,
    bool Anonymous,
    string ReceivedAt);
