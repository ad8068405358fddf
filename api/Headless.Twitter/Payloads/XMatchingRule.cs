namespace Headless.Twitter.Payloads;

public sealed record XMatchingRule(string Id, string? Tag);
