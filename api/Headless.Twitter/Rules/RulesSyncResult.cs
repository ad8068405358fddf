namespace Headless.Twitter.Rules;

/// <summary>What a synchronisation kept, deleted and added (or would have, on a dry run), and what X refused.</summary>
public sealed record RulesSyncResult(
    IReadOnlyList<XStreamRule> Kept,
    IReadOnlyList<XStreamRule> Deleted,
    IReadOnlyList<DesiredRule> Added,
    IReadOnlyList<XRuleError> Errors,
    bool DryRun)
{
    public bool Succeeded => Errors.Count == 0;
}
