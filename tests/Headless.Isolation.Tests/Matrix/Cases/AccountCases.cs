using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Accounts;
using Headless.Isolation.Tests.Support;
using static Headless.Isolation.Tests.Matrix.MutationCases;

namespace Headless.Isolation.Tests.Matrix.Cases;

/// <summary>The NGO's X accounts and their staircase (EDITOR).</summary>
internal static class AccountCases
{
    public static IEnumerable<KeyValuePair<string, IReadOnlyList<MutationScenario>>> All()
    {
        Type[] accounts = [typeof(TwitterAccount)];

        yield return Case("addAccount", Need.Editor, accounts, t => Ready(new { ngoId = t.GlobalId, handle = TestData.Unique("h"), displayName = "Eau Vive Kaolack", role = "LOCAL", region = "Kaolack" }));

        yield return Case("updateAccount", Need.Editor, accounts, async t => new
        {
            accountId = AccountId(await t.AccountAsync(AccountRole.Local)),
            handle = TestData.Unique("u"),
            displayName = "Eau Vive Fatick",
            role = "REGIONAL",
            region = "Fatick",
        });

        yield return Case("moveAccount", Need.Editor, accounts, async t =>
        {
            var hub = await t.AccountAsync(AccountRole.Hub);
            var local = await t.AccountAsync(AccountRole.Local);
            return new { accountId = AccountId(local), parentId = AccountId(hub) };
        });

        yield return Case("removeAccount", Need.Editor, accounts, async t => new { accountId = AccountId(await t.AccountAsync(AccountRole.Ambassador)) });
    }

    private static string AccountId(TwitterAccount account) => NodeId.Of("TwitterAccount", account.Id);
}
