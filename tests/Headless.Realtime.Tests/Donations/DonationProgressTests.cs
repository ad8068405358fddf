using System.Net;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Members;
using Headless.GraphQL.Server.Tests.Infrastructure;
using Headless.Realtime.Tests.Support;
using Headless.Schema.Realtime;
using static Headless.Realtime.Tests.Support.CampaignOperations;

namespace Headless.Realtime.Tests.Donations;

/// <summary>A donation recorded over HTTP moves the campaign's progress for every real-time subscriber, in exact decimals.</summary>
public sealed class DonationProgressTests
{
    [Fact]
    public async Task Recording_donations_sends_the_new_totals_and_the_donation_to_WebSocket_subscribers()
    {
        await using var api = RealtimeApi.Start();
        var data = api.Data;
        var ngo = await data.NgoAsync();
        var campaign = await data.CampaignAsync(ngo);
        await data.DonationAsync(campaign, 250.50m);
        var admin = api.ClientWithToken(await api.AccessTokenAsync(ngo.Id, MemberRole.Admin));
        await using var dashboard = await GraphQLSocket.ConnectAsync(api.WebSocketAddress);
        await dashboard.SubscribeAsync("progress", ProgressFeed, new { id = Id(campaign.Id) });
        await dashboard.SubscribeAsync("donations", DonationFeed, new { id = Id(campaign.Id) });
        await api.ListenersAsync(Topics.CampaignProgress(campaign.Id));
        await api.ListenersAsync(Topics.Donations(campaign.Id));

        var firstId = await admin.RecordDonationAsync(campaign.Id, "33.33", TestData.Unique("ref-"), data.Now.AddMinutes(-3));
        var first = await dashboard.NextDataOfEachAsync("progress", "donations");
        var secondId = await admin.RecordDonationAsync(campaign.Id, "66.68", TestData.Unique("ref-"), data.Now.AddMinutes(-1));
        var second = await dashboard.NextDataOfEachAsync("progress", "donations");

        AssertProgress(first["progress"], campaign.Id, raised: "283.83", donors: 2, percentage: "28.38");
        AssertProgress(second["progress"], campaign.Id, raised: "350.51", donors: 3, percentage: "35.05");
        Assert.Equal(firstId, first["donations"]["donationRecorded"]!["id"]!.GetValue<string>());
        Assert.Equal("33.33", first["donations"]["donationRecorded"]!["amount"]!["amount"]!.GetValue<string>());
        Assert.Equal(secondId, second["donations"]["donationRecorded"]!["id"]!.GetValue<string>());
        Assert.Equal("66.68", second["donations"]["donationRecorded"]!["amount"]!["amount"]!.GetValue<string>());
        Assert.Equal("HELLOASSO", second["donations"]["donationRecorded"]!["platform"]!.GetValue<string>());
    }

    [Fact]
    public async Task Recording_a_donation_sends_the_new_totals_to_an_SSE_subscriber_until_it_leaves()
    {
        await using var api = RealtimeApi.Start();
        var data = api.Data;
        var ngo = await data.NgoAsync();
        var campaign = await data.CampaignAsync(ngo);
        var admin = api.ClientWithToken(await api.AccessTokenAsync(ngo.Id, MemberRole.Admin));
        var topic = Topics.CampaignProgress(campaign.Id);
        using (var stream = await SseSubscription.OpenAsync(api.Http, ProgressFeed, new { id = Id(campaign.Id) }))
        {
            Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
            Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
            await api.ListenersAsync(topic);

            await admin.RecordDonationAsync(campaign.Id, "1000.005", TestData.Unique("ref-"), data.Now.AddMinutes(-1));

            AssertProgress(await stream.NextDataAsync(), campaign.Id, raised: "1000.005", donors: 1, percentage: "100.00");
        }

        // Closing the stream is how an SSE client ends its subscription.
        await Eventually.TrueAsync(() => api.LocalEvents.SubscriberCount(topic) == 0, "the SSE subscription ended");
    }

    private static void AssertProgress(JsonObject data, Guid campaignId, string raised, int donors, string percentage)
    {
        var update = data["campaignProgressChanged"]!;
        Assert.Equal(Id(campaignId), update["campaignId"]!.GetValue<string>());
        var progress = update["progress"]!;
        Assert.Equal(raised, progress["raised"]!["amount"]!.GetValue<string>());
        Assert.Equal("EUR", progress["raised"]!["currency"]!.GetValue<string>());
        Assert.Equal(raised, progress["total"]!["amount"]!.GetValue<string>());
        Assert.Equal(donors, progress["donorCount"]!.GetValue<int>());
        Assert.Equal(percentage, progress["percentage"]!.GetValue<string>());
    }
}
