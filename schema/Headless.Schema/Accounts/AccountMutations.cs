using GraphQL.Types;
using Headless.Domain.Accounts;
using Headless.Domain.Members;
using Headless.Schema.Mutations;
using Headless.Schema.Ngos;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Accounts;

internal static class AccountMutations
{
    public static void AddAccountMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<AddAccountInputType, AddAccountInput, TwitterAccountType, TwitterAccount>(
            "addAccount", "Adds an X account to an NGO's staircase (EDITOR).", "account", async (m, input) =>
            {
                var ngo = await NgoTargets.LoadAsync(m, input.NgoId, MemberRole.Editor);
                var account = TwitterAccount.Create(ngo.Id, new AccountDetails(input.Handle, input.DisplayName, input.Role, input.Region, input.XUserId), m.Now);
                await AccountTargets.EnsureHandleFreeAsync(m, account);
                var parent = await AccountTargets.ParentAsync(m, input.ParentId);
                account.MoveUnder(parent, await AccountTargets.StaircaseAsync(m, ngo.Id));
                m.Db.Accounts.Add(account);
                m.Audit(ngo.Id, "TwitterAccount", account.Id);
                return account;
            });

        mutation.AddMutation<UpdateAccountInputType, UpdateAccountInput, TwitterAccountType, TwitterAccount>(
            "updateAccount", "Changes an account's handle, name, role, region or X user id (EDITOR).", "account", async (m, input) =>
            {
                var account = await AccountTargets.LoadAsync(m, input.AccountId, MemberRole.Editor);
                account.Update(new AccountDetails(input.Handle, input.DisplayName, input.Role, input.Region, input.XUserId));
                await AccountTargets.EnsureHandleFreeAsync(m, account);
                m.Audit(account.NgoId, "TwitterAccount", account.Id);
                return account;
            });

        mutation.AddMutation<MoveAccountInputType, MoveAccountInput, TwitterAccountType, TwitterAccount>(
            "moveAccount", "Moves an account under another of the same NGO, or to the top (EDITOR); the staircase stays a tree.", "account", async (m, input) =>
            {
                var account = await AccountTargets.LoadAsync(m, input.AccountId, MemberRole.Editor);
                var parent = await AccountTargets.ParentAsync(m, input.ParentId);
                account.MoveUnder(parent, await AccountTargets.StaircaseAsync(m, account.NgoId));
                m.Audit(account.NgoId, "TwitterAccount", account.Id);
                return account;
            });

        mutation.AddMutation<RemoveAccountInputType, RemoveAccountInput, TwitterAccountType, TwitterAccount>(
            "removeAccount", "Removes an account with no accounts beneath it (EDITOR); it leaves its live sessions, its tweets stay.", "account", async (m, input) =>
            {
                var account = await AccountTargets.LoadAsync(m, input.AccountId, MemberRole.Editor);
                if (await m.Db.Accounts.AnyAsync(a => a.ParentId == account.Id, m.CancellationToken))
                {
                    throw new MutationFailedException(new ConflictError("Accounts are beneath this one: move or remove them first.", "HAS_CHILDREN"));
                }

                m.Db.LiveSessionAccounts.RemoveRange(await m.Db.LiveSessionAccounts.Where(l => l.AccountId == account.Id).ToListAsync(m.CancellationToken));
                m.Db.Accounts.Remove(account);
                m.Audit(account.NgoId, "TwitterAccount", account.Id);
                return account;
            });
    }
}
