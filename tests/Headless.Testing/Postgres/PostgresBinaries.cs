using Headless.Testing.Processes;

namespace Headless.Testing;

/// <summary>Where the PostgreSQL server tools live: on PATH, else the newest /usr/lib/postgresql/*/bin.</summary>
public sealed record PostgresBinaries(string InitDb, string PgCtl)
{
    public const string MissingMessage =
        "PostgreSQL binaries (initdb, pg_ctl) not found; install postgresql to run this test";

    private const string DebianInstallRoot = "/usr/lib/postgresql";

    private static readonly Lazy<PostgresBinaries?> Located = new(LocateUncached);

    /// <summary>The binaries found on this machine, or null; the search runs once per process.</summary>
    public static PostgresBinaries? Locate() => Located.Value;

    /// <summary>Version directories (e.g. /usr/lib/postgresql/15) ordered newest first, numerically.</summary>
    public static IReadOnlyList<string> OrderNewestFirst(IEnumerable<string> versionDirectories) =>
        versionDirectories
            .Select(directory => (directory, version: ParseVersion(Path.GetFileName(directory))))
            .Where(candidate => candidate.version is not null)
            .OrderByDescending(candidate => candidate.version)
            .Select(candidate => candidate.directory)
            .ToList();

    private static PostgresBinaries? LocateUncached()
    {
        var initDb = ExecutableSearch.Find("initdb", []);
        var pgCtl = ExecutableSearch.Find("pg_ctl", []);
        if (initDb is not null && pgCtl is not null)
        {
            return new PostgresBinaries(initDb, pgCtl);
        }

        if (!Directory.Exists(DebianInstallRoot))
        {
            return null;
        }

        return OrderNewestFirst(Directory.EnumerateDirectories(DebianInstallRoot))
            .Select(directory => Path.Combine(directory, "bin"))
            .Where(bin => ExecutableSearch.IsExecutableFile(Path.Combine(bin, "initdb"))
                && ExecutableSearch.IsExecutableFile(Path.Combine(bin, "pg_ctl")))
            .Select(bin => new PostgresBinaries(Path.Combine(bin, "initdb"), Path.Combine(bin, "pg_ctl")))
            .FirstOrDefault();
    }

    private static Version? ParseVersion(string name)
    {
        // Debian names directories by major version alone ("15"), which Version.TryParse rejects.
        var normalized = name.Contains('.', StringComparison.Ordinal) ? name : name + ".0";
        return Version.TryParse(normalized, out var version) ? version : null;
    }
}
