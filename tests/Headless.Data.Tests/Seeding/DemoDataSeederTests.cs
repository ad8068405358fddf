using Headless.Data.Ingestion;
using Headless.Data.Providers;
using Headless.Data.Seeding;
using Headless.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Headless.Data.Tests.Seeding;

/// <summary>Seeds the repository's real seed/data set, whatever it currently holds.</summary>
[Collection(SharedDatabases.Name)]
public sealed class DemoDataSeederTests(TestDatabases databases)
{
    [Theory, SqliteData, PostgresData]
    public async Task The_first_run_adds_what_it_reports(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);

        var added = await SeederFor(contexts).SeedAsync(progress: null, CancellationToken.None);

        var rows = await RowCounts.ReadAsync(contexts);
        Assert.True(added.Ngos > 0, "The seed set has no NGO.");
        Assert.Equal(Directory.GetFiles(Path.Combine(SeedDataFolder.Locate(), "ngos"), "*.json").Length, added.Ngos);
        Assert.Equal(added.Ngos, rows["Ngos"]);
        Assert.Equal(added.Accounts, rows["Accounts"]);
        Assert.Equal(added.Campaigns, rows["Campaigns"]);
        Assert.Equal(added.Tiers, rows["Tiers"]);
        Assert.Equal(added.Donations, rows["Donations"]);
        Assert.Equal(added.LiveSessions, rows["LiveSessions"]);
        Assert.Equal(added.Tweets, rows["Tweets"]);

        // The tweet file is optional; when present, every tweet is stored even if it matches nothing.
        var tweetsFile = Path.Combine(SeedDataFolder.Locate(), "tweets.ndjson");
        if (File.Exists(tweetsFile) && new FileInfo(tweetsFile).Length > 0)
        {
            Assert.True(added.Tweets > 0, "tweets.ndjson has lines but no tweet was added.");
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_second_run_adds_nothing_and_changes_no_row_count(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var seeder = SeederFor(contexts);
        var first = await seeder.SeedAsync(progress: null, CancellationToken.None);
        var rowsAfterFirst = await RowCounts.ReadAsync(contexts);

        var second = await seeder.SeedAsync(progress: null, CancellationToken.None);

        Assert.True(first.TotalAdded > 0, "The first run added nothing.");
        Assert.Equal(0, second.TotalAdded);
        Assert.Equal(rowsAfterFirst, await RowCounts.ReadAsync(contexts));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Seeding_if_empty_leaves_a_used_database_alone(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        await contexts.SaveAsync(Samples.Ngo("already-here"));

        await SeederFor(contexts).SeedIfEmptyAsync(CancellationToken.None);

        var rows = await RowCounts.ReadAsync(contexts);
        Assert.Equal(1, rows["Ngos"]);
        Assert.Equal(0, rows["Campaigns"]);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Seeded_times_and_amounts_come_back_as_UTC_and_positive(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        await SeederFor(contexts).SeedAsync(progress: null, CancellationToken.None);

        await using var db = contexts.CreateDbContext();
        var campaigns = await db.Campaigns.ToListAsync();
        var donations = await db.Donations.ToListAsync();

        Assert.NotEmpty(campaigns);
        Assert.All(campaigns, c => Assert.Equal(DateTimeKind.Utc, c.StartsAt.Kind));
        Assert.All(campaigns, c => Assert.True(c.StartsAt < c.EndsAt, c.Slug));
        Assert.All(donations, d => Assert.True(d.Amount > 0, d.ExternalReference));
        Assert.All(donations, d => Assert.True(d.ReceivedAt <= TestTimes.Now.AddMinutes(5), d.ExternalReference));
    }

    private static DemoDataSeeder SeederFor(HeadlessDbContextFactory contexts) =>
        new(
            contexts,
            new TweetIngestor(contexts, new FixedClock(TestTimes.Now)),
            Options.Create(new DatabaseOptions { Provider = contexts.Provider, SeedDataPath = SeedDataFolder.Locate() }),
            new FixedClock(TestTimes.Now),
            NullLogger<DemoDataSeeder>.Instance);
}
