namespace Headless.Twitter.Payloads;

public sealed record XHashtagEntity(int Start, int End, string Tag);
