using Headless.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Headless.Data;

/// <summary>Migrates and seeds before the host starts serving, when configured to.</summary>
public sealed partial class DatabaseInitializer(
    HeadlessDbContextFactory contexts,
    DemoDataSeeder seeder,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.MigrateOnStartup)
        {
            await using var db = contexts.CreateDbContext();
            await db.Database.MigrateAsync(cancellationToken);
            LogMigrated(logger, settings.Provider.ToString());
        }

        if (settings.SeedDemoData)
        {
            await seeder.SeedIfEmptyAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated ({Provider}).")]
    private static partial void LogMigrated(ILogger logger, string provider);
}
