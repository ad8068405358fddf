using Headless.Domain.Accounts;
using Headless.GraphQL.Relay;
using Headless.Realtime.Tests.Support;

namespace Headless.Realtime.Tests.Ingestion;

/// <summary>A live session of a new NGO, and a follower of its tweets.</summary>
internal static class SessionFeed
{
    private const string Feed = "subscription($id: ID!) { tweetReceived(liveSessionId: $id) { xId } }";

    public static async Task<(string Hashtag, Guid SessionId)> CreateAsync(RealtimeApi api)
    {
        var ngo = await api.Data.NgoAsync();
        var reporter = await api.Data.AccountAsync(ngo, AccountRole.Local);
        var session = await api.Data.SessionAsync(ngo, [reporter]);
        return (session.Hashtags[0].Text, session.Id);
    }

    public static async Task<GraphQLSocket> FollowAsync(RealtimeApi api, Guid sessionId)
    {
        var follower = await GraphQLSocket.ConnectAsync(api.WebSocketAddress);
        await follower.SubscribeAsync("feed", Feed, new { id = GlobalId.Encode("LiveSession", sessionId) });
        return follower;
    }

    public static async Task<string> NextXIdAsync(this GraphQLSocket follower) =>
        (await follower.NextDataAsync("feed"))["tweetReceived"]!["xId"]!.GetValue<string>();
}
