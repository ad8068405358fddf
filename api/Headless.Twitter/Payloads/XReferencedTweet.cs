namespace Headless.Twitter.Payloads;

/// <summary><c>type</c> is <c>retweeted</c>, <c>quoted</c> or <c>replied_to</c>.</summary>
public sealed record XReferencedTweet(string Type, string Id);
