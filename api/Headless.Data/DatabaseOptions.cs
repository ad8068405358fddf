using System.ComponentModel.DataAnnotations;
using Headless.Data.Providers;

namespace Headless.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Falls back to <c>ConnectionStrings:Headless</c> when empty.</summary>
    [Required(ErrorMessage = "Set Database:ConnectionString or ConnectionStrings:Headless.")]
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the host starts.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Seed the demo data set into an empty database when the host starts.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>The folder of the seed data set (ngos/*.json, tweets.ndjson).</summary>
    public string? SeedDataPath { get; set; }

    /// <summary>Seconds before a database command is abandoned.</summary>
    [Range(1, 600)]
    public int CommandTimeoutSeconds { get; set; } = 30;
}
