namespace Headless.Twitter.Rules;

/// <summary>A rule to have on the filtered stream: its query value and the tag that comes back in <c>matching_rules</c>.</summary>
public sealed record DesiredRule(string Value, string? Tag);
