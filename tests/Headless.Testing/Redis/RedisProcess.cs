using System.Diagnostics;
using System.Text;
using Headless.Testing.Processes;

namespace Headless.Testing;

/// <summary>One redis-server child process, kept in the foreground so it dies with our teardown.</summary>
internal sealed class RedisProcess : IDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private RedisProcess(Process process) => _process = process;

    public string Output => ProcessRunner.Snapshot(_output);

    public static RedisProcess Start(string redisServer, int port, string workingDirectory)
    {
        // Persistence off: the data only lives as long as the test run.
        var command = new ProcessCommand(
            redisServer,
            ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no", "--dir", workingDirectory, "--daemonize", "no"]);
        var process = new Process { StartInfo = ProcessRunner.CreateStartInfo(command, workingDirectory) };
        var redis = new RedisProcess(process);
        process.OutputDataReceived += (_, e) => ProcessRunner.Append(redis._output, e.Data);
        process.ErrorDataReceived += (_, e) => ProcessRunner.Append(redis._output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return redis;
    }

    /// <summary>True once PING answers; false if the process exits or stays silent too long.</summary>
    public async Task<bool> WaitUntilReadyAsync(int port, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < ReadyTimeout)
        {
            if (_process.HasExited)
            {
                return false;
            }

            if (await RedisPing.AnswersAsync(port, cancellationToken))
            {
                return true;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        return false;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // The process already exited between the check and the kill.
        }

        _process.Dispose();
    }
}
