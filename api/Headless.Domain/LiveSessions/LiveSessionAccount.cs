namespace Headless.Domain.LiveSessions;

/// <summary>An account that live-tweets a session.</summary>
public sealed class LiveSessionAccount
{
    private LiveSessionAccount()
    {
    }

    public Guid LiveSessionId { get; private set; }

    public Guid AccountId { get; private set; }

    internal static LiveSessionAccount From(Guid sessionId, Guid accountId) =>
        new() { LiveSessionId = sessionId, AccountId = accountId };
}
