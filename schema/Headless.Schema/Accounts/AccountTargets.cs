using Headless.Domain.Accounts;
using Headless.Domain.Members;
using Headless.Schema.Mutations;
using Headless.Schema.Ngos;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Accounts;

/// <summary>Loads the accounts a mutation works on (tracked) and authorizes the caller on their NGO.</summary>
internal static class AccountTargets
{
    public static async Task<TwitterAccount> LoadAsync(MutationContext m, string accountGlobalId, MemberRole minimum)
    {
        var id = m.Id(accountGlobalId, "TwitterAccount", "accountId");
        var account = m.Found(await m.Db.Accounts.FirstOrDefaultAsync(a => a.Id == id, m.CancellationToken), "account");
        m.Authorize(account.NgoId, minimum);
        await NgoTargets.EnsureActiveAsync(m, account.NgoId);
        return account;
    }

    /// <summary>The account named by <paramref name="parentGlobalId"/>, of any NGO (the staircase rejects foreign parents), or null for the top.</summary>
    public static async Task<TwitterAccount?> ParentAsync(MutationContext m, string? parentGlobalId)
    {
        if (parentGlobalId is null)
        {
            return null;
        }

        var id = m.Id(parentGlobalId, "TwitterAccount", "parentId");
        return m.Found(await m.Db.Accounts.FirstOrDefaultAsync(a => a.Id == id, m.CancellationToken), "parent account");
    }

    public static async Task<AccountStaircase> StaircaseAsync(MutationContext m, Guid ngoId) =>
        new(ngoId, await m.Db.Accounts.Where(a => a.NgoId == ngoId).ToListAsync(m.CancellationToken));

    /// <summary>Handles are unique across NGOs, case-insensitively, as on X.</summary>
    public static async Task EnsureHandleFreeAsync(MutationContext m, TwitterAccount account)
    {
        if (await m.Db.Accounts.AnyAsync(a => a.HandleKey == account.HandleKey && a.Id != account.Id, m.CancellationToken))
        {
            throw new MutationFailedException(new ValidationError($"@{account.Handle} is already registered.", "HANDLE_TAKEN", ["input", "handle"]));
        }
    }
}
