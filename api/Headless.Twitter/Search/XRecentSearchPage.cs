using Headless.Twitter.Payloads;

namespace Headless.Twitter.Search;

/// <summary>One page of recent search, each tweet with the includes it refers to, newest first as X returns them.</summary>
public sealed record XRecentSearchPage(IReadOnlyList<XStreamMessage> Messages, string? NextToken, string? NewestId);
