namespace Headless.Twitter.Rules;

/// <summary>Why X did not create or delete one rule (e.g. <c>DuplicateRule</c>, an invalid operator, an unknown id).</summary>
public sealed record XRuleError(string? Value, string? Id, string? Title, string? Detail, string? Type);
