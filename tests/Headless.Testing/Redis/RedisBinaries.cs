using Headless.Testing.Processes;

namespace Headless.Testing;

/// <summary>Where redis-server lives: on PATH, else the usual install directories.</summary>
public static class RedisBinaries
{
    public const string MissingMessage = "redis-server not found; install redis-server to run this test";

    private static readonly string[] UsualDirectories = ["/usr/bin", "/usr/local/bin", "/usr/sbin", "/opt/homebrew/bin"];

    private static readonly Lazy<string?> Located = new(() => ExecutableSearch.Find("redis-server", UsualDirectories));

    /// <summary>The redis-server path, or null; the search runs once per process.</summary>
    public static string? Locate() => Located.Value;
}
