namespace Headless.Twitter.Rules;

/// <summary>X's count of what a rules change did (or, on a dry run, would do).</summary>
public sealed record XRulesSummary(int Created, int NotCreated, int Valid, int Invalid, int Deleted, int NotDeleted)
{
    public static XRulesSummary Empty { get; } = new(0, 0, 0, 0, 0, 0);
}
