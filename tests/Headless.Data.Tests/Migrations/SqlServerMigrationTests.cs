using Headless.Data.Providers;
using Headless.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Headless.Data.Tests.Migrations;

/// <summary>
/// No SQL Server runs here, so its migrations are checked without a connection: against the model,
/// and by generating the deployment script.
/// </summary>
public sealed class SqlServerMigrationTests
{
    // Never opened: neither the model diff nor script generation connects.
    private const string Unreachable = "Server=none;Database=headless;TrustServerCertificate=true";

    [Fact]
    public void The_context_factory_builds_the_SQL_Server_context()
    {
        using var db = ContextFactories.For(DatabaseProvider.SqlServer, Unreachable).CreateDbContext();

        Assert.IsType<SqlServerHeadlessDbContext>(db);
        Assert.Equal("Microsoft.EntityFrameworkCore.SqlServer", db.Database.ProviderName);
    }

    [Fact]
    public void SQL_Server_migrations_match_the_model()
    {
        using var db = ContextFactories.For(DatabaseProvider.SqlServer, Unreachable).CreateDbContext();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The SQL Server model has changes that no migration captures.");
    }

    [Fact]
    public void The_idempotent_SQL_Server_script_creates_every_main_table()
    {
        using var db = ContextFactories.For(DatabaseProvider.SqlServer, Unreachable).CreateDbContext();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        foreach (var table in new[] { "Ngos", "Accounts", "Campaigns", "CampaignHashtags", "CampaignPhases", "DonationLinks", "ProgressUpdates", "ExpenseLines", "PledgeEngagements", "Tiers", "Donations", "LiveSessions", "LiveSessionHashtags", "LiveSessionAccounts", "Tweets", "CampaignTweets", "LiveSessionTweets" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }

        Assert.Contains("decimal(19,4)", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Donations_Platform_ExternalReference]", script, StringComparison.Ordinal);
    }
}
