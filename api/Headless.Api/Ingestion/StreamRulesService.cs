using Headless.Data;
using Headless.Twitter;
using Headless.Twitter.Client;
using Headless.Twitter.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Headless.Api.Ingestion;

/// <summary>
/// Keeps the X stream rules in line with what is active — the hashtags of live and scheduled
/// campaigns and sessions, and the NGOs' accounts — by minimal diff, one tag per entity.
/// </summary>
public sealed partial class StreamRulesService(
    HeadlessDbContextFactory contexts,
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
                var desired = await DesiredRulesAsync(stoppingToken);
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

    public async Task<IReadOnlyList<DesiredRule>> DesiredRulesAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var maxLength = x.Value.MaxRuleLength;
        await using var db = contexts.CreateDbContext();
        var campaigns = await db.Campaigns.Include(c => c.Hashtags)
            .Where(c => c.PublishedAt != null && c.ArchivedAt == null && c.EndsAt > now)
            .Select(c => new { c.Id, Tags = c.Hashtags.Select(h => h.Text).ToList() }).ToListAsync(cancellationToken);
        var sessions = await db.LiveSessions.Include(s => s.Hashtags)
            .Where(s => s.EndedAt == null)
            .Select(s => new { s.Id, Tags = s.Hashtags.Select(h => h.Text).ToList() }).ToListAsync(cancellationToken);
        var accounts = await db.Accounts.Select(a => new { a.NgoId, a.Handle }).ToListAsync(cancellationToken);

        return
        [
            .. campaigns.SelectMany(c => RulePacker.Pack(c.Tags.Select(t => "#" + t), $"campaign:{c.Id:N}", maxLength)),
            .. sessions.SelectMany(s => RulePacker.Pack(s.Tags.Select(t => "#" + t), $"session:{s.Id:N}", maxLength)),
            .. accounts.GroupBy(a => a.NgoId).SelectMany(g => RulePacker.Pack(g.Select(a => "from:" + a.Handle), $"ngo:{g.Key:N}", maxLength)),
        ];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stream rules synchronised: {Desired} desired, {Added} added, {Deleted} deleted.")]
    private static partial void LogSynced(ILogger logger, int desired, int added, int deleted);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stream rules synchronisation failed; retrying at the next interval.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
