namespace Headless.Twitter.Payloads;

/// <summary>One message of the X API v2 filtered stream (also the shape of recent-search items with their includes).</summary>
public sealed record XStreamMessage(XTweet? Data, XIncludes? Includes, IReadOnlyList<XMatchingRule>? MatchingRules, IReadOnlyList<XError>? Errors)
{
    public XUser? FindUser(string? id) => id is null ? null : Includes?.Users?.FirstOrDefault(u => u.Id == id);

    public XTweet? FindTweet(string? id) => id is null ? null : Includes?.Tweets?.FirstOrDefault(t => t.Id == id);
}
