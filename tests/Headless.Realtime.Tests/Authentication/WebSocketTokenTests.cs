using Headless.Domain.Members;
using Headless.GraphQL.Server.Tests.Infrastructure;
using Headless.GraphQL.Server.WebSockets;
using Headless.Realtime.Tests.Support;
using Headless.Schema.Realtime;
using static Headless.Realtime.Tests.Support.CampaignOperations;

namespace Headless.Realtime.Tests.Authentication;

/// <summary>The token a WebSocket client sends in <c>connection_init</c> bounds the life of the socket.</summary>
public sealed class WebSocketTokenTests
{
    private static readonly TimeSpan ShortestLifetime = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_accepted_token_closes_the_socket_with_4403_when_it_expires_and_ends_its_subscriptions()
    {
        await using var api = RealtimeApi.Start(new()
        {
            Settings = new Dictionary<string, string?> { ["Auth:AccessTokenLifetime"] = ShortestLifetime.ToString() },
        });
        var ngo = await api.Data.NgoAsync();
        var campaign = await api.Data.CampaignAsync(ngo, published: false);
        var token = await api.AccessTokenAsync(ngo.Id, MemberRole.Viewer);

        await using var socket = await GraphQLSocket.ConnectAsync(api.WebSocketAddress, token);
        await socket.SubscribeAsync("progress", ProgressFeed, new { id = Id(campaign.Id) });
        await api.ListenersAsync(Topics.CampaignProgress(campaign.Id));

        // Expiry is judged on the host's clock, the one the token was issued on.
        api.Clock.Advance(ShortestLifetime + TimeSpan.FromSeconds(1));
        var (status, description) = await socket.ReceiveCloseAsync();

        Assert.Equal(GraphQLWebSocketCloseCodes.Forbidden, status);
        Assert.Contains("expired", description, StringComparison.Ordinal);
        await Eventually.TrueAsync(() => api.LocalEvents.SubscriberCount(Topics.CampaignProgress(campaign.Id)) == 0, "the subscription ended with the socket");
    }

    [Fact]
    public async Task A_malformed_token_in_connection_init_is_refused_with_4403()
    {
        await using var api = RealtimeApi.Start();

        await using var socket = await GraphQLSocket.OpenAsync(api.WebSocketAddress, "not-a-token");
        var (status, _) = await socket.ReceiveCloseAsync();

        Assert.Equal(GraphQLWebSocketCloseCodes.Forbidden, status);
    }

    [Fact]
    public async Task A_token_that_has_already_expired_is_refused_with_4403()
    {
        await using var api = RealtimeApi.Start(new()
        {
            Settings = new Dictionary<string, string?> { ["Auth:AccessTokenLifetime"] = ShortestLifetime.ToString() },
        });
        var ngo = await api.Data.NgoAsync();
        var token = await api.AccessTokenAsync(ngo.Id, MemberRole.Viewer);
        api.Clock.Advance(ShortestLifetime + TimeSpan.FromMinutes(1));

        await using var socket = await GraphQLSocket.OpenAsync(api.WebSocketAddress, token);
        var (status, _) = await socket.ReceiveCloseAsync();

        Assert.Equal(GraphQLWebSocketCloseCodes.Forbidden, status);
    }
}
