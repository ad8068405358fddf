using System.Text.Json.Nodes;
using Headless.Api.Tests.Infrastructure;
using Headless.GraphQL.Relay;

namespace Headless.Realtime.Tests.Support;

/// <summary>The campaign mutations and subscriptions the real-time tests drive, as a partner system sends them.</summary>
public static class CampaignOperations
{
    public const string ProgressFeed = """
        subscription($id: ID!) {
          campaignProgressChanged(campaignId: $id) {
            campaignId
            progress { raised { amount currency } total { amount } donorCount percentage }
          }
        }
        """;

    public const string DonationFeed = """
        subscription($id: ID!) {
          donationRecorded(campaignId: $id) { id amount { amount currency } platform donorName externalReference }
        }
        """;

    public const string TweetFeed = "subscription($id: ID!) { tweetReceived(campaignId: $id) { xId text kind } }";

    private const string Record = """
        mutation($input: RecordDonationInput!) {
          recordDonation(input: $input) { donation { id } errors { code message } }
        }
        """;

    private const string Unpublish = "mutation($id: ID!) { unpublishCampaign(input: { campaignId: $id }) { errors { code message } } }";

    public static string Id(Guid campaignId) => GlobalId.Encode("Campaign", campaignId);

    /// <summary>Records a donation (ADMIN) and returns its global id; fails the test on any error.</summary>
    public static async Task<string> RecordDonationAsync(this HttpClient admin, Guid campaignId, string amount, string externalReference, DateTime receivedAt)
    {
        var input = new
        {
            campaignId = Id(campaignId),
            amount = new { amount, currency = "EUR" },
            platform = "HELLOASSO",
            externalReference,
            donorName = "Camille",
            receivedAt,
        };
        var payload = (await admin.QueryAsync(Record, new { input }))["recordDonation"]!;
        AssertNoUserErrors(payload);
        return payload["donation"]!["id"]!.GetValue<string>();
    }

    public static async Task UnpublishAsync(this HttpClient editor, Guid campaignId) =>
        AssertNoUserErrors((await editor.QueryAsync(Unpublish, new { id = Id(campaignId) }))["unpublishCampaign"]!);

    private static void AssertNoUserErrors(JsonNode payload) =>
        Assert.True(payload["errors"]!.AsArray().Count == 0, $"Unexpected user errors: {payload["errors"]}");
}
