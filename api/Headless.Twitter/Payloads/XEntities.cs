namespace Headless.Twitter.Payloads;

public sealed record XEntities(IReadOnlyList<XHashtagEntity>? Hashtags, IReadOnlyList<XMentionEntity>? Mentions);
