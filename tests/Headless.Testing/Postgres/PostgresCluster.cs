using Headless.Testing.Processes;

namespace Headless.Testing;

/// <summary>One throwaway PostgreSQL data directory and the pg_ctl commands that drive it.</summary>
internal sealed class PostgresCluster(PostgresBinaries binaries, ServerAccount account, string rootDirectory)
{
    public const string Superuser = "postgres";

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    private string DataDirectory => Path.Combine(rootDirectory, "data");

    private string SocketDirectory => rootDirectory;

    private string LogFile => Path.Combine(rootDirectory, "postgres.log");

    /// <summary>True while a postmaster owns the data directory, even after a failed start.</summary>
    public bool MayBeRunning => File.Exists(Path.Combine(DataDirectory, "postmaster.pid"));

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(rootDirectory);
        await account.TakeOwnershipAsync(rootDirectory, cancellationToken);

        // C.UTF-8 makes collation identical on every machine while keeping Unicode-aware lower()/upper().
        var result = await RunAsync(
            binaries.InitDb,
            ["-D", DataDirectory, "-A", "trust", "-U", Superuser, "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"],
            cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"initdb failed with exit code {result.ExitCode} in {DataDirectory}:\n{result.Output}");
        }
    }

    public Task<ProcessResult> StartAsync(int port, CancellationToken cancellationToken)
    {
        // Durability is pointless for a server that lives as long as one test run.
        var serverOptions = $"-p {port} -k {ShellQuoting.Quote(SocketDirectory)} -h 127.0.0.1 "
            + "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        return RunAsync(
            binaries.PgCtl,
            ["-w", "-D", DataDirectory, "-l", LogFile, "-o", serverOptions, "start"],
            cancellationToken);
    }

    public Task<ProcessResult> StopAsync(CancellationToken cancellationToken) =>
        RunAsync(binaries.PgCtl, ["-w", "-D", DataDirectory, "-m", "immediate", "stop"], cancellationToken);

    public string ReadLog()
    {
        try
        {
            return File.Exists(LogFile) ? File.ReadAllText(LogFile) : "(the server wrote no log)";
        }
        catch (IOException exception)
        {
            return $"(the server log could not be read: {exception.Message})";
        }
        catch (UnauthorizedAccessException exception)
        {
            return $"(the server log could not be read: {exception.Message})";
        }
    }

    private Task<ProcessResult> RunAsync(string fileName, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(account.Wrap(fileName, arguments), rootDirectory, CommandTimeout, cancellationToken);
}
