using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Headless.GraphQL.Relay;

namespace Headless.Auth.Tests.Support;

/// <summary>A mutation whose outcome shows who the caller is: creating a campaign needs EDITOR in the NGO.</summary>
public static class Campaigns
{
    private const string Create = "mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } errors { code message } } }";

    public sealed record Outcome(HttpStatusCode Status, HttpResponseMessage Response, JsonObject Body)
    {
        public IReadOnlyList<string> ErrorCodes =>
            [.. Body["data"]?["createCampaign"]?["errors"]?.AsArray().Select(e => e!["code"]!.GetValue<string>()) ?? []];

        public string? CampaignId => Body["data"]?["createCampaign"]?["campaign"]?["id"]?.GetValue<string>();
    }

    public static async Task<Outcome> CreateAsync(HttpClient client, Guid ngoId)
    {
        ArgumentNullException.ThrowIfNull(client);
        var slug = $"c-{Guid.NewGuid():N}"[..12];
        var input = new
        {
            ngoId = GlobalId.Encode("Ngo", ngoId),
            campaign = new
            {
                slug,
                title = "Water for all",
                goal = new { type = "AMOUNT", amount = "5000", currency = "EUR" },
                startsAt = "2026-06-10T00:00:00Z",
                endsAt = "2026-07-10T00:00:00Z",
                hashtags = new[] { "WaterForAll" },
            },
        };
        var response = await client.PostAsJsonAsync("/graphql", new { query = Create, variables = new { input } });
        var text = await response.Content.ReadAsStringAsync();
        return new Outcome(response.StatusCode, response, JsonNode.Parse(text)?.AsObject() ?? []);
    }
}
