using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Members;
using Headless.Events;
using Headless.GraphQL.Relay;
using Headless.GraphQL.Server.Tests.Infrastructure;
using Headless.Realtime.Tests.Support;
using Headless.Schema.Realtime;
using Microsoft.Extensions.DependencyInjection;
using static Headless.Realtime.Tests.Support.CampaignOperations;

namespace Headless.Realtime.Tests.Privacy;

/// <summary>
/// A draft campaign's events reach its NGO's members only: an outsider cannot subscribe to them, and
/// an outsider who subscribed while the campaign was published stops receiving them once it is a draft.
/// </summary>
public sealed class PrivateEventTests
{
    [Fact]
    public async Task A_draft_campaigns_events_reach_its_members_and_not_outsiders()
    {
        var tweets = new ChannelTweetSource();
        await using var api = RealtimeApi.Start(new() { Tweets = tweets });
        var data = api.Data;
        var ngo = await data.NgoAsync();
        var otherNgo = await data.NgoAsync();
        var hashtag = TestData.Unique("draft");
        var campaign = await data.CampaignAsync(ngo, hashtag: hashtag);
        var publicCampaign = await data.CampaignAsync(ngo);
        var publicDonation = await data.DonationAsync(publicCampaign, 5m);
        var admin = api.ClientWithToken(await api.AccessTokenAsync(ngo.Id, MemberRole.Admin));
        var outsiderToken = await api.AccessTokenAsync(otherNgo.Id, MemberRole.Admin);
        var root = StreamMessages.Tagged(hashtag, data.Now.AddMinutes(-30));
        await tweets.EmitAsync(root);
        await Eventually.TrueAsync(() => StoredTweets.LinkedToCampaign(api, campaign.Id) == 1, "the conversation linked to the campaign");
        await using var earlyOutsider = await SubscribeAsync(api, outsiderToken, campaign.Id, "donations", "progress");
        await api.ListenersAsync(Topics.Donations(campaign.Id));
        await admin.UnpublishAsync(campaign.Id);

        await using var member = await SubscribeAsync(api, await api.AccessTokenAsync(ngo.Id, MemberRole.Viewer), campaign.Id, "donations", "progress");
        // Another role than the early outsider's, so it starts an execution of its own rather than
        // joining the early outsider's shared one (whose events are filtered one by one instead).
        await using var lateOutsider = await SubscribeAsync(api, await api.AccessTokenAsync(otherNgo.Id, MemberRole.Viewer), campaign.Id, "progress");
        // The subscription ran and failed at once: a result with the error and no data, then complete.
        var refused = await lateOutsider.ReceiveAsync();
        Assert.Equal("next", refused["type"]!.GetValue<string>());
        Assert.Null(refused["payload"]!["data"]);
        Assert.Equal("NOT_FOUND", refused["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("complete", (await lateOutsider.ReceiveAsync())["type"]!.GetValue<string>());
        await api.ListenersAsync(Topics.Donations(campaign.Id), 2);
        await api.ListenersAsync(Topics.CampaignProgress(campaign.Id), 2);

        var reply = StreamMessages.ReplyTo(root, data.Now.AddMinutes(-5));
        await tweets.EmitAsync(reply);
        var reference = TestData.Unique("ref-");
        var donationId = await admin.RecordDonationAsync(campaign.Id, "40.10", reference, data.Now.AddMinutes(-2));
        var seen = await member.NextDataOfEachAsync("donations", "progress");

        Assert.Equal(donationId, seen["donations"]["donationRecorded"]!["id"]!.GetValue<string>());
        Assert.Equal(reference, seen["donations"]["donationRecorded"]!["externalReference"]!.GetValue<string>());
        Assert.Equal("40.10", seen["progress"]["campaignProgressChanged"]!["progress"]!["raised"]!["amount"]!.GetValue<string>());

        // A draft takes no tweets, not even replies to a conversation it collected while published.
        await Eventually.TrueAsync(() => StoredTweets.WithXId(api, reply.Data!.Id) == 1, "the reply was stored");
        Assert.Equal(1, StoredTweets.LinkedToCampaign(api, campaign.Id));

        // Markers on the draft's own topics that the early outsider may see. A topic's events are handled
        // in order, so a marker arriving first proves the draft's events were dropped, not merely late.
        var bus = api.Services.GetRequiredService<IEventBus>();
        await bus.PublishAsync(Topics.Donations(campaign.Id), new DonationRecorded(publicDonation.Id, publicCampaign.Id));
        await bus.PublishAsync(Topics.CampaignProgress(campaign.Id), new CampaignProgressChanged(publicCampaign.Id, 5m, 0m, 1));
        var outsiderSeen = await earlyOutsider.NextDataOfEachAsync("donations", "progress");

        Assert.Equal(GlobalId.Encode("Donation", publicDonation.Id), outsiderSeen["donations"]["donationRecorded"]!["id"]!.GetValue<string>());
        Assert.Null(outsiderSeen["donations"]["donationRecorded"]!["externalReference"]);
        Assert.Equal(Id(publicCampaign.Id), outsiderSeen["progress"]["campaignProgressChanged"]!["campaignId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Donor_references_of_a_published_campaign_go_to_its_members_only()
    {
        await using var api = RealtimeApi.Start();
        var data = api.Data;
        var ngo = await data.NgoAsync();
        var otherNgo = await data.NgoAsync();
        var campaign = await data.CampaignAsync(ngo);
        var admin = api.ClientWithToken(await api.AccessTokenAsync(ngo.Id, MemberRole.Admin));
        await using var member = await GraphQLSocket.ConnectAsync(api.WebSocketAddress, await api.AccessTokenAsync(ngo.Id, MemberRole.Viewer));
        await using var outsider = await GraphQLSocket.ConnectAsync(api.WebSocketAddress, await api.AccessTokenAsync(otherNgo.Id, MemberRole.Admin));
        await using var anonymous = await GraphQLSocket.ConnectAsync(api.WebSocketAddress);
        foreach (var socket in new[] { member, outsider, anonymous })
        {
            await socket.SubscribeAsync("donations", DonationFeed, new { id = Id(campaign.Id) });
        }

        await api.ListenersAsync(Topics.Donations(campaign.Id), 3);

        var reference = TestData.Unique("ref-");
        var donationId = await admin.RecordDonationAsync(campaign.Id, "15.00", reference, data.Now.AddMinutes(-1));

        var toMember = (await member.NextDataAsync("donations"))["donationRecorded"]!;
        var toOutsider = (await outsider.NextDataAsync("donations"))["donationRecorded"]!;
        var toAnonymous = (await anonymous.NextDataAsync("donations"))["donationRecorded"]!;
        Assert.All(new[] { toMember, toOutsider, toAnonymous }, d => Assert.Equal(donationId, d["id"]!.GetValue<string>()));
        Assert.All(new[] { toMember, toOutsider, toAnonymous }, d => Assert.Equal("15.00", d["amount"]!["amount"]!.GetValue<string>()));
        Assert.Equal(reference, toMember["externalReference"]!.GetValue<string>());
        Assert.Null(toOutsider["externalReference"]);
        Assert.Null(toAnonymous["externalReference"]);
    }

    private static async Task<GraphQLSocket> SubscribeAsync(RealtimeApi api, string accessToken, Guid campaignId, params string[] feeds)
    {
        var socket = await GraphQLSocket.ConnectAsync(api.WebSocketAddress, accessToken);
        var queries = new Dictionary<string, string> { ["tweets"] = TweetFeed, ["donations"] = DonationFeed, ["progress"] = ProgressFeed };
        foreach (var feed in feeds)
        {
            await socket.SubscribeAsync(feed, queries[feed], new { id = Id(campaignId) });
        }

        return socket;
    }
}
