using Headless.Data.Progress;
using Headless.Data.Providers;
using Headless.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Headless.Data.Tests.Registration;

/// <summary>The registration the host uses, driven by the <c>Database</c> configuration section.</summary>
[Collection(SharedDatabases.Name)]
public sealed class AddHeadlessDataTests(TestDatabases databases)
{
    [Theory, SqliteData, PostgresData]
    public async Task Start_up_migrates_and_seeds_the_configured_database(DatabaseProvider provider)
    {
        var empty = await databases.CreateEmptyAsync(provider);
        await using var services = Build(provider, ConnectionStringOf(empty), migrate: true, seed: true);

        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.True(await db.Ngos.AnyAsync());
        Assert.True(await db.Campaigns.AnyAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_configured_provider_decides_the_context_and_the_readers_use_it(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var campaign = Samples.Campaign(ngo.Id, "schools");
        await contexts.SaveAsync(ngo, campaign, Samples.Donation(campaign, 12.5m, "d-1"));
        await using var services = Build(provider, ConnectionStringOf(contexts), migrate: false, seed: false);

        var factory = services.GetRequiredService<IDbContextFactory<HeadlessDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var totals = await services.GetRequiredService<CampaignTotalsReader>().ReadAsync([campaign.Id], CancellationToken.None);

        Assert.IsType(provider == DatabaseProvider.Sqlite ? typeof(SqliteHeadlessDbContext) : typeof(PostgresHeadlessDbContext), db);
        Assert.Equal(12.5m, totals[campaign.Id].Raised);
    }

    private static ServiceProvider Build(DatabaseProvider provider, string connectionString, bool migrate, bool seed)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                ["Database:ConnectionString"] = connectionString,
                ["Database:MigrateOnStartup"] = migrate.ToString(),
                ["Database:SeedDemoData"] = seed.ToString(),
                ["Database:SeedDataPath"] = SeedDataFolder.Locate(),
            })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddHeadlessData(configuration);
        services.AddSingleton<TimeProvider>(new FixedClock(TestTimes.Now));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static string ConnectionStringOf(HeadlessDbContextFactory contexts)
    {
        using var db = contexts.CreateDbContext();
        return db.Database.GetConnectionString()!;
    }
}
