namespace Headless.Twitter.Rules;

/// <summary>A rule active on the filtered stream, as X lists it.</summary>
public sealed record XStreamRule(string Id, string Value, string? Tag);
