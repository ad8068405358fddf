using System.Net.WebSockets;

namespace Headless.GraphQL.Server.WebSockets;

/// <summary>The protocol's timers: initialisation timeout, keep-alive pings and credential expiry.</summary>
internal sealed partial class GraphQLWebSocketConnection
{
    // Task.Delay takes at most ~49 days; a longer-lived token is waited for in steps.
    private static readonly TimeSpan LongestDelay = TimeSpan.FromDays(1);

    private async Task WatchInitTimeoutAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, _closing.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initReceived) == 0)
        {
            RequestClose((WebSocketCloseStatus)GraphQLWebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    private async Task KeepAliveAsync()
    {
        if (_options.KeepAliveInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(_options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_closing.Token))
            {
                Send(ServerMessages.Ping);
            }
        }
        catch (OperationCanceledException)
        {
            // Closing.
        }
    }

    private async Task WatchExpiryAsync(DateTimeOffset expiresAt)
    {
        try
        {
            TimeSpan remaining;
            while ((remaining = expiresAt - Time.GetUtcNow()) > TimeSpan.Zero)
            {
                await Task.Delay(remaining < LongestDelay ? remaining : LongestDelay, Time, _closing.Token);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        CloseForExpiry();
    }

    private void CloseForExpiry() =>
        RequestClose((WebSocketCloseStatus)GraphQLWebSocketCloseCodes.Forbidden, "Forbidden: token expired");
}
