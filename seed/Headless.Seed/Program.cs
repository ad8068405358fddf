using Headless.Data;
using Headless.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Seeds any of the three databases with the demo data set, idempotently:
//   dotnet run --project seed/Headless.Seed -- [--provider Sqlite|Postgres|SqlServer] [--connection "..."] [--data seed/data]
var builder = Host.CreateApplicationBuilder();
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = "Sqlite",
    ["Database:ConnectionString"] = "Data Source=headless.db",
    ["Logging:LogLevel:Default"] = "Warning",
});
builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
{
    ["--provider"] = "Database:Provider",
    ["--connection"] = "Database:ConnectionString",
    ["--data"] = "Database:SeedDataPath",
});
builder.AddHeadlessData();
using var host = builder.Build();

var contexts = host.Services.GetRequiredService<HeadlessDbContextFactory>();
Console.WriteLine($"Seeding {contexts.Provider} database…");
await using (var db = contexts.CreateDbContext())
{
    await db.Database.MigrateAsync();
}

var progress = new ConsoleProgress();
var counts = await host.Services.GetRequiredService<DemoDataSeeder>().SeedAsync(progress, CancellationToken.None);
Console.WriteLine(counts.TotalAdded == 0 ? "Nothing to add: the database already holds the seed data." : $"Done: added {counts}.");
return 0;

/// <summary>Prints at once, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
internal sealed class ConsoleProgress : IProgress<string>
{
    public void Report(string value) => Console.WriteLine(value);
}
