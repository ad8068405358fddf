namespace Headless.Twitter.Payloads;

public sealed record XUser(string Id, string Name, string Username);
