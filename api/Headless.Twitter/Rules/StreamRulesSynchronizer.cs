using Headless.Twitter.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Headless.Twitter.Rules;

/// <summary>Brings the filtered stream's rules to a desired set with as few deletions and additions as possible.</summary>
public sealed class StreamRulesSynchronizer(
    XApiClient client,
    IOptions<XApiOptions> options,
    ILogger<StreamRulesSynchronizer> logger)
{
    public Task<RulesSyncResult> SyncAsync(IReadOnlyList<DesiredRule> desired, CancellationToken cancellationToken) =>
        SyncAsync(desired, dryRun: false, cancellationToken);

    /// <summary>
    /// Compares <paramref name="desired"/> with the active rules by value and tag and applies the
    /// difference; with <paramref name="dryRun"/> X validates the changes without applying them.
    /// Throws <see cref="ArgumentException"/> when the desired rules exceed the configured limits.
    /// </summary>
    public async Task<RulesSyncResult> SyncAsync(IReadOnlyList<DesiredRule> desired, bool dryRun, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var existing = await client.ListRulesAsync(cancellationToken);
        var plan = RulesSyncPlan.Compute(existing, desired, limits.MaxRulesCount, limits.MaxRuleLength);
        if (!plan.HasChanges)
        {
            return new RulesSyncResult(plan.Keep, [], [], [], dryRun);
        }

        var deleteIds = plan.Delete.Select(r => r.Id).ToList();
        XRulesUpdateResult deleted;
        XRulesUpdateResult added;
        if (plan.DeleteFirst)
        {
            deleted = await client.DeleteRulesAsync(deleteIds, dryRun, cancellationToken);
            added = await client.AddRulesAsync(plan.Add, dryRun, cancellationToken);
        }
        else
        {
            added = await client.AddRulesAsync(plan.Add, dryRun, cancellationToken);
            deleted = await client.DeleteRulesAsync(deleteIds, dryRun, cancellationToken);
        }

        var errors = deleted.Errors.Concat(added.Errors).ToList();
        logger.LogInformation(
            "Stream rules synchronised{DryRun}: {Kept} kept, {Deleted} deleted, {Added} added, {Errors} refused",
            dryRun ? " (dry run)" : "",
            plan.Keep.Count,
            plan.Delete.Count,
            plan.Add.Count,
            errors.Count);
        return new RulesSyncResult(plan.Keep, plan.Delete, plan.Add, errors, dryRun);
    }
}
