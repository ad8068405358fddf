namespace Headless.Twitter.Payloads;

public sealed record XIncludes(IReadOnlyList<XUser>? Users, IReadOnlyList<XTweet>? Tweets);
