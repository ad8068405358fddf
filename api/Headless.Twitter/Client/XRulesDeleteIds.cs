namespace Headless.Twitter.Client;

internal sealed record XRulesDeleteIds(IReadOnlyList<string> Ids);
