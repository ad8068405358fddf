using Headless.Data.Providers;
using Headless.Data.Tests.Support;
using Headless.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Tests.RoundTrips;

[Collection(SharedDatabases.Name)]
public sealed class NgoAndAccountRoundTripTests(TestDatabases databases)
{
    [Theory, SqliteData, PostgresData]
    public async Task An_ngo_reads_back_as_it_was_saved(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan-international");
        ngo.Archive(TestTimes.Now.AddDays(1));
        await contexts.SaveAsync(ngo);

        await using var db = contexts.CreateDbContext();
        var read = await db.Ngos.AsNoTracking().SingleAsync(n => n.Id == ngo.Id);

        Assert.Equal(ngo.Slug, read.Slug);
        Assert.Equal(ngo.Name, read.Name);
        Assert.Equal(ngo.Description, read.Description);
        Assert.Equal(ngo.Website, read.Website);
        Assert.Equal(ngo.LogoUrl, read.LogoUrl);
        Assert.Equal("FR", read.Country);
        Assert.Equal("EUR", read.DefaultCurrency);
        Assert.Equal(TestTimes.Now, read.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, read.CreatedAt.Kind);
        Assert.Equal(TestTimes.Now.AddDays(1), read.ArchivedAt);
        Assert.Equal(DateTimeKind.Utc, read.ArchivedAt!.Value.Kind);
        Assert.True(read.IsArchived);
    }

    [Theory, SqliteData, PostgresData]
    public async Task An_account_staircase_reads_back_with_its_parents(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var hub = Samples.Account(ngo.Id, "@PlanGlobal", AccountRole.Hub, "1001");
        var regional = Samples.Account(ngo.Id, "PlanAsia", AccountRole.Regional);
        var local = Samples.Account(ngo.Id, "Plan_Japan", AccountRole.Local, "1003");
        var staircase = new AccountStaircase(ngo.Id, [hub, regional, local]);
        regional.MoveUnder(hub, staircase);
        local.MoveUnder(regional, staircase);
        await contexts.SaveAsync(ngo, hub, regional, local);

        await using var db = contexts.CreateDbContext();
        var accounts = await db.Accounts.AsNoTracking().Where(a => a.NgoId == ngo.Id).ToDictionaryAsync(a => a.Handle);

        Assert.Equal(3, accounts.Count);
        Assert.Null(accounts["PlanGlobal"].ParentId);
        Assert.Equal(hub.Id, accounts["PlanAsia"].ParentId);
        Assert.Equal(regional.Id, accounts["Plan_Japan"].ParentId);
        Assert.Equal("plan_japan", accounts["Plan_Japan"].HandleKey);
        Assert.Equal("1003", accounts["Plan_Japan"].XUserId);
        Assert.Null(accounts["PlanAsia"].XUserId);
        Assert.Equal(AccountRole.Hub, accounts["PlanGlobal"].Role);
        Assert.Equal(AccountRole.Local, accounts["Plan_Japan"].Role);
        Assert.Equal("West Africa", accounts["PlanAsia"].Region);
        Assert.Equal("Account PlanAsia", accounts["PlanAsia"].DisplayName);
        Assert.All(accounts.Values, a => Assert.Equal(DateTimeKind.Utc, a.CreatedAt.Kind));
    }

    [Theory, SqliteData, PostgresData]
    public async Task An_account_moved_to_the_root_loses_its_parent(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("red-cross");
        var hub = Samples.Account(ngo.Id, "RedCross", AccountRole.Hub);
        var local = Samples.Account(ngo.Id, "RedCrossParis", AccountRole.Local);
        local.MoveUnder(hub, new AccountStaircase(ngo.Id, [hub, local]));
        await contexts.SaveAsync(ngo, hub, local);

        await using (var db = contexts.CreateDbContext())
        {
            var tracked = await db.Accounts.SingleAsync(a => a.Id == local.Id);
            tracked.MoveUnder(null, new AccountStaircase(ngo.Id, await db.Accounts.ToListAsync()));
            await db.SaveChangesAsync();
        }

        await using var check = contexts.CreateDbContext();
        Assert.Null((await check.Accounts.AsNoTracking().SingleAsync(a => a.Id == local.Id)).ParentId);
    }
}
