using Headless.Data.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Headless.Data.Seeding;

/// <summary>Seeds the demo data set: NGOs with everything they own, then the tweets.</summary>
public sealed partial class DemoDataSeeder(
    HeadlessDbContextFactory contexts,
    TweetIngestor ingestor,
    IOptions<DatabaseOptions> options,
    TimeProvider time,
    ILogger<DemoDataSeeder> logger)
{
    /// <summary>Seeds only a database without any NGO, so a used database is never touched.</summary>
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        await using (var db = contexts.CreateDbContext())
        {
            if (await db.Ngos.AnyAsync(cancellationToken))
            {
                return;
            }
        }

        await SeedAsync(progress: null, cancellationToken);
    }

    /// <summary>Adds whatever of the seed set is missing; a second run adds nothing.</summary>
    public async Task<SeedCounts> SeedAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var folder = SeedDataSet.Locate(options.Value.SeedDataPath)
            ?? throw new DirectoryNotFoundException("No seed data folder: set Database:SeedDataPath (the repository's seed/data).");
        var data = await SeedDataSet.LoadAsync(folder, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var total = new SeedCounts();
        foreach (var ngo in data.Ngos)
        {
            await using var db = contexts.CreateDbContext();
            var counts = await new NgoSeeder(db, now).SeedAsync(ngo, cancellationToken);
            total.Add(counts);
            progress?.Report($"{ngo.Slug}: added {counts}");
        }

        total.Tweets = await new TweetSeeder(ingestor, now).SeedAsync(data.TweetLines, cancellationToken);
        progress?.Report($"tweets: added {total.Tweets} of {data.TweetLines.Count} lines");

        LogSeeded(logger, folder, total.ToString());
        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded from {Folder}: {Counts}.")]
    private static partial void LogSeeded(ILogger logger, string folder, string counts);
}
