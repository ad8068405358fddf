namespace Headless.Twitter.Client;

internal sealed record XSearchMeta(string? NewestId, string? OldestId, int ResultCount, string? NextToken);
