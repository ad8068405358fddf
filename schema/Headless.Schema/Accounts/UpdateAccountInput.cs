using Headless.Domain.Accounts;

namespace Headless.Schema.Accounts;

public sealed record UpdateAccountInput(string AccountId, string Handle, string DisplayName, AccountRole Role, string? Region, string? XUserId);
