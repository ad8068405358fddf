namespace Headless.Twitter.Rules;

/// <summary>The answer to adding or deleting rules; per-rule failures are in <see cref="Errors"/>, not thrown.</summary>
public sealed record XRulesUpdateResult(
    IReadOnlyList<XStreamRule> Created,
    XRulesSummary Summary,
    IReadOnlyList<XRuleError> Errors,
    bool DryRun)
{
    public bool Succeeded => Errors.Count == 0;
}
