namespace Headless.Twitter.Rules;

/// <summary>
/// The smallest change turning the active rules into the desired ones: rules equal in value and tag
/// are kept untouched, others deleted, missing ones added.
/// </summary>
public sealed record RulesSyncPlan(
    IReadOnlyList<XStreamRule> Keep,
    IReadOnlyList<XStreamRule> Delete,
    IReadOnlyList<DesiredRule> Add,
    bool DeleteFirst)
{
    public bool HasChanges => Delete.Count > 0 || Add.Count > 0;

    /// <summary>Throws <see cref="ArgumentException"/> when the desired rules cannot exist on the stream.</summary>
    public static RulesSyncPlan Compute(
        IReadOnlyList<XStreamRule> existing,
        IReadOnlyList<DesiredRule> desired,
        int maxRulesCount,
        int maxRuleLength)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(desired);
        var wanted = desired.Distinct().ToList();
        Validate(wanted, maxRulesCount, maxRuleLength);

        var toAdd = new List<DesiredRule>(wanted);
        var keep = new List<XStreamRule>();
        var delete = new List<XStreamRule>();
        foreach (var rule in existing)
        {
            var match = toAdd.FindIndex(d => d.Value == rule.Value && d.Tag == rule.Tag);
            if (match >= 0)
            {
                keep.Add(rule);
                toAdd.RemoveAt(match);
            }
            else
            {
                delete.Add(rule);
            }
        }

        // X rejects a value that is already active, even under another tag, and caps the rule count:
        // in either case the old rules must go before the new ones arrive. Otherwise adding first
        // leaves no moment where a changed rule is missing from the stream.
        var reusesValue = toAdd.Any(a => delete.Any(d => d.Value == a.Value));
        var overflows = existing.Count + toAdd.Count > maxRulesCount;
        return new RulesSyncPlan(keep, delete, toAdd, reusesValue || overflows);
    }

    private static void Validate(List<DesiredRule> wanted, int maxRulesCount, int maxRuleLength)
    {
        if (wanted.Count > maxRulesCount)
        {
            throw new ArgumentException($"{wanted.Count} rules are desired but the stream allows {maxRulesCount}.", nameof(wanted));
        }

        var tooLong = wanted.FirstOrDefault(r => string.IsNullOrWhiteSpace(r.Value) || r.Value.Length > maxRuleLength);
        if (tooLong is not null)
        {
            throw new ArgumentException(
                $"Rule '{tooLong.Tag}' must have a value of 1 to {maxRuleLength} characters, it has {tooLong.Value?.Length ?? 0}.",
                nameof(wanted));
        }

        var repeated = wanted.GroupBy(r => r.Value, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"The rule value '{repeated.Key}' is desired under several tags; X allows it once.", nameof(wanted));
        }
    }
}
