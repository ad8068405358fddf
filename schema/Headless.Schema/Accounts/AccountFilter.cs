using Headless.Domain.Accounts;

namespace Headless.Schema.Accounts;

public sealed record AccountFilter(IReadOnlyList<AccountRole>? Roles, string? Region, bool? RootsOnly)
{
    public bool Matches(TwitterAccount account) =>
        (Roles is not { Count: > 0 } || Roles.Contains(account.Role))
        && (string.IsNullOrWhiteSpace(Region) || string.Equals(account.Region, Region.Trim(), StringComparison.OrdinalIgnoreCase))
        && (RootsOnly != true || account.ParentId is null);
}
