using Headless.Twitter.Client;
using Headless.Twitter.Rules;
using Microsoft.Extensions.Options;

namespace Headless.Api.Ingestion;

/// <summary>Keeps the X stream rules in line with what is active, by minimal diff, at a fixed interval.</summary>
public sealed partial class StreamRulesService(
    ActiveStreamRules rules,
    StreamRulesSynchronizer synchronizer,
    IOptions<XApiOptions> x,
    IOptions<IngestionOptions> options,
    TimeProvider time,
    ILogger<StreamRulesService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RulesSyncInterval, time);
        do
        {
            try
            {
                var desired = await rules.ComputeAsync(x.Value.MaxRuleLength, stoppingToken);
                var result = await synchronizer.SyncAsync(desired, stoppingToken);
                LogSynced(logger, desired.Count, result.Added.Count, result.Deleted.Count);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stream rules synchronised: {Desired} desired, {Added} added, {Deleted} deleted.")]
    private static partial void LogSynced(ILogger logger, int desired, int added, int deleted);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stream rules synchronisation failed; retrying at the next interval.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
