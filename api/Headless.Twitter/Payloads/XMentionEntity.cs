namespace Headless.Twitter.Payloads;

public sealed record XMentionEntity(int Start, int End, string Username, string? Id);
