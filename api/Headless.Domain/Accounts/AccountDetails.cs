namespace Headless.Domain.Accounts;

public sealed record AccountDetails(
    string Handle,
    string DisplayName,
    AccountRole Role,
    string? Region = null,
    string? XUserId = null);
