namespace Headless.Bench.Hosting;

/// <summary>A started live session the benchmark tweets into: its global id, hashtag and field reporter.</summary>
public sealed record LiveSessionTarget(string GlobalId, string Hashtag, string ReporterXUserId, string ReporterHandle);
