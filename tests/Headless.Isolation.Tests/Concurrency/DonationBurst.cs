using System.Globalization;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Campaigns;
using Headless.Isolation.Tests.Support;

namespace Headless.Isolation.Tests.Concurrency;

/// <summary>Sends many <c>recordDonation</c> calls at once over HTTP, and reads a campaign's totals and a tier's places back through the API.</summary>
public static class DonationBurst
{
    private const string Record =
        "mutation($input: RecordDonationInput!) { recordDonation(input: $input) { donation { id } errors { __typename code message } } }";

    private const string Totals =
        "query($ngo: String!, $slug: String!) { campaign(ngoSlug: $ngo, slug: $slug) { progress { raised { amount currency } donorCount } } }";

    private const string Places = "query($id: ID!) { node(id: $id) { ... on DonationTier { availableQuantity availability } } }";

    public static object Input(Campaign campaign, string externalReference, decimal amount, string? tierId = null) => new
    {
        campaignId = NodeId.Of("Campaign", campaign.Id),
        amount = new { amount = amount.ToString(CultureInfo.InvariantCulture), currency = campaign.Currency },
        platform = "HELLOASSO",
        externalReference,
        tierId,
        donorName = "Fatou",
        receivedAt = IsolationHost.Now.AddMinutes(-30),
    };

    /// <summary>Every input in flight at the same time; the payloads come back in input order.</summary>
    public static async Task<IReadOnlyList<JsonObject>> RecordAllAsync(HttpClient client, IEnumerable<object> inputs)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var start = new SemaphoreSlim(0);
        var calls = inputs.Select(async input =>
        {
            await start.WaitAsync();
            var response = await client.PostAsync(Record, new { input });
            Assert.True(response["errors"] is null, response.ToJsonString());
            return response["data"]!["recordDonation"]!.AsObject();
        }).ToList();
        start.Release(calls.Count);
        return await Task.WhenAll(calls);
    }

    public static async Task<(decimal Raised, int DonorCount)> TotalsAsync(HttpClient client, Tenant tenant, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(campaign);
        var progress = (await client.QueryAsync(Totals, new { ngo = tenant.Ngo.Slug, slug = campaign.Slug }))["campaign"]!["progress"]!;
        return (decimal.Parse(progress["raised"]!["amount"]!.GetValue<string>(), CultureInfo.InvariantCulture), progress["donorCount"]!.GetValue<int>());
    }

    public static async Task<(int? Available, string Availability)> PlacesAsync(HttpClient client, string tierId)
    {
        var tier = (await client.QueryAsync(Places, new { id = tierId }))["node"]!;
        return (tier["availableQuantity"]?.GetValue<int>(), tier["availability"]!.GetValue<string>());
    }

    public static string? DonationId(JsonObject payload) => payload?["donation"]?["id"]?.GetValue<string>();

    public static IReadOnlyList<string> ErrorCodes(JsonObject payload) =>
        [.. payload?["errors"]?.AsArray().Select(e => $"{e!["__typename"]}:{e["code"]}") ?? []];
}
