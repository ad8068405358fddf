namespace Headless.Testing.Processes;

/// <summary>How a finished process ended, with its interleaved stdout and stderr.</summary>
internal sealed record ProcessResult(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;
}
