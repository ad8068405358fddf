namespace Headless.Testing.Processes;

/// <summary>
/// Runs server binaries as a dedicated OS account when the tests run as root,
/// because servers such as PostgreSQL refuse to start as root.
/// </summary>
internal sealed class ServerAccount
{
    private static readonly string[] SystemDirectories = ["/usr/sbin", "/sbin", "/usr/bin", "/bin"];

    private ServerAccount(string? userName) => UserName = userName;

    /// <summary>The account commands are switched to, or null when they run as the current user.</summary>
    public string? UserName { get; }

    public static bool CurrentUserIsRoot =>
        !OperatingSystem.IsWindows() && string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    public static ServerAccount CurrentUser { get; } = new(null);

    /// <summary>The given account when running as root, otherwise the current user.</summary>
    public static ServerAccount WhenRoot(string userName) => CurrentUserIsRoot ? new ServerAccount(userName) : CurrentUser;

    public ProcessCommand Wrap(string fileName, params IReadOnlyList<string> arguments)
    {
        if (UserName is null)
        {
            return new ProcessCommand(fileName, arguments);
        }

        var runuser = ExecutableSearch.Find("runuser", SystemDirectories);
        if (runuser is not null)
        {
            return new ProcessCommand(runuser, ["-u", UserName, "--", fileName, .. arguments]);
        }

        var su = ExecutableSearch.Find("su", SystemDirectories) ?? "su";
        return new ProcessCommand(su, [UserName, "-s", "/bin/sh", "-c", ShellQuoting.Join([fileName, .. arguments])]);
    }

    /// <summary>Gives the account ownership of a directory the current (root) user created.</summary>
    public async Task TakeOwnershipAsync(string directory, CancellationToken cancellationToken)
    {
        if (UserName is null)
        {
            return;
        }

        var chown = ExecutableSearch.Find("chown", SystemDirectories) ?? "chown";
        var result = await ProcessRunner.RunAsync(
            new ProcessCommand(chown, ["-R", $"{UserName}:", directory]), directory, TimeSpan.FromMinutes(1), cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not give the '{UserName}' OS account ownership of {directory} (does the account exist?):\n{result.Output}");
        }
    }
}
