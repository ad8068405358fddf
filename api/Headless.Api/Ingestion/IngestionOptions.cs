using System.ComponentModel.DataAnnotations;

namespace Headless.Api.Ingestion;

/// <summary>
/// The <c>Ingestion</c> section. Behind a load balancer exactly one node ingests: set
/// <c>Enabled=false</c> on the others (they still receive events through the Redis bus).
/// </summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    public bool Enabled { get; set; } = true;

    /// <summary>Most tweets stored in one transaction.</summary>
    [Range(1, 5000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a partial batch waits for more tweets before it is stored.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How often the stream rules are brought in line with what is active (live X stream only).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan RulesSyncInterval { get; set; } = TimeSpan.FromMinutes(1);
}
