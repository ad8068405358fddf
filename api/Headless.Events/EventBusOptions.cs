namespace Headless.Events;

/// <summary>The <c>Redis</c> section: no connection string means the in-process bus.</summary>
public sealed class EventBusOptions
{
    public const string Section = "Redis";

    public string? ConnectionString { get; set; }

    /// <summary>Prefix of the pub/sub channels, so several deployments can share one Redis.</summary>
    public string ChannelPrefix { get; set; } = "headless:";
}
