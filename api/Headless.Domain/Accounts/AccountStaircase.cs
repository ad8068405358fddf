using Headless.Domain.Common;

namespace Headless.Domain.Accounts;

/// <summary>The accounts of one NGO seen as a tree, to check moves and walk up to the hub.</summary>
public sealed class AccountStaircase
{
    private readonly Dictionary<Guid, TwitterAccount> _accounts;

    public AccountStaircase(Guid ngoId, IEnumerable<TwitterAccount> accounts)
    {
        NgoId = ngoId;
        _accounts = accounts.Where(a => a.NgoId == ngoId).ToDictionary(a => a.Id);
    }

    public Guid NgoId { get; }

    public void EnsureCanMove(TwitterAccount account, TwitterAccount? newParent)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (newParent is null)
        {
            return;
        }

        if (newParent.NgoId != account.NgoId || newParent.NgoId != NgoId)
        {
            throw new DomainRuleException("parentId", "PARENT_OF_ANOTHER_NGO", "The parent account belongs to another NGO.");
        }

        // Walking up from the new parent must never reach the account itself, or the tree would loop.
        var visited = new HashSet<Guid>();
        for (Guid? current = newParent.Id; current is { } id; current = _accounts.TryGetValue(id, out var a) ? a.ParentId : null)
        {
            if (id == account.Id)
            {
                throw new DomainRuleException("parentId", "CYCLE", "An account cannot be moved under itself or one of its descendants.");
            }

            if (!visited.Add(id))
            {
                break;
            }
        }
    }

    /// <summary>The root of the tree the account belongs to (its hub), or the account itself when it is a root.</summary>
    public TwitterAccount RootOf(TwitterAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var current = account;
        var visited = new HashSet<Guid> { current.Id };
        while (current.ParentId is { } parentId && _accounts.TryGetValue(parentId, out var parent) && visited.Add(parent.Id))
        {
            current = parent;
        }

        return current;
    }
}
