using Headless.Data.Providers;
using Headless.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Tests.Migrations;

[Collection(SharedDatabases.Name)]
public sealed class MigrationTests(TestDatabases databases)
{
    [Theory, SqliteData, PostgresData]
    public async Task Migrations_apply_on_an_empty_database_and_match_the_model(DatabaseProvider provider)
    {
        var contexts = await databases.CreateEmptyAsync(provider);
        await using var db = contexts.CreateDbContext();

        await db.Database.MigrateAsync();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changes that no migration captures.");
    }

    [Theory, SqliteData, PostgresData]
    public async Task Migrating_twice_changes_nothing(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        await using var db = contexts.CreateDbContext();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();

        await db.Database.MigrateAsync();

        Assert.Equal(applied, await db.Database.GetAppliedMigrationsAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Every_entity_set_is_queryable_after_migrating(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        await using var db = contexts.CreateDbContext();

        Assert.Equal(0, await db.Ngos.CountAsync());
        Assert.Equal(0, await db.Accounts.CountAsync());
        Assert.Equal(0, await db.Campaigns.CountAsync());
        Assert.Equal(0, await db.CampaignPhases.CountAsync());
        Assert.Equal(0, await db.CampaignHashtags.CountAsync());
        Assert.Equal(0, await db.DonationLinks.CountAsync());
        Assert.Equal(0, await db.ProgressUpdates.CountAsync());
        Assert.Equal(0, await db.ExpenseLines.CountAsync());
        Assert.Equal(0, await db.PledgeEngagements.CountAsync());
        Assert.Equal(0, await db.Tiers.CountAsync());
        Assert.Equal(0, await db.Donations.CountAsync());
        Assert.Equal(0, await db.LiveSessions.CountAsync());
        Assert.Equal(0, await db.LiveSessionHashtags.CountAsync());
        Assert.Equal(0, await db.LiveSessionAccounts.CountAsync());
        Assert.Equal(0, await db.Tweets.CountAsync());
        Assert.Equal(0, await db.CampaignTweets.CountAsync());
        Assert.Equal(0, await db.LiveSessionTweets.CountAsync());
    }
}
