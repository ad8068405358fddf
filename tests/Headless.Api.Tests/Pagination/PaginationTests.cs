using System.Text.Json.Nodes;
using Headless.Api.Tests.Campaigns;
using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Accounts;
using Headless.Domain.Ngos;

namespace Headless.Api.Tests.Pagination;

/// <summary>Cursor connections through the real host: paging both ways, windows between cursors, counts and default sizes.</summary>
public sealed class PaginationTests
{
    private const string Query = PagedCampaigns.Query;

    [Fact]
    public async Task Paging_forward_with_after_cursors_visits_every_campaign_once()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await PagedCampaigns.CreateAsync(api.Data, 25);
        var client = api.CreateClient();

        var first = await PageAsync(client, ngo, first: 10);
        var second = await PageAsync(client, ngo, first: 10, after: EndCursor(first));
        var third = await PageAsync(client, ngo, first: 10, after: EndCursor(second));

        Assert.Equal(Titles(0, 10), Titles(first));
        Assert.Equal(Titles(10, 10), Titles(second));
        Assert.Equal(Titles(20, 5), Titles(third));
        Assert.All(new[] { first, second, third }, page => Assert.Equal(25, page["totalCount"]!.GetValue<int>()));
        Assert.Equal((true, false), PageFlags(first));
        Assert.Equal((true, true), PageFlags(second));
        Assert.Equal((false, true), PageFlags(third));
    }

    [Fact]
    public async Task Paging_backward_with_before_cursors_visits_every_campaign_once()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await PagedCampaigns.CreateAsync(api.Data, 25);
        var client = api.CreateClient();

        var last = await PageAsync(client, ngo, last: 10);
        var previous = await PageAsync(client, ngo, last: 10, before: StartCursor(last));
        var firstOnes = await PageAsync(client, ngo, last: 10, before: StartCursor(previous));

        Assert.Equal(Titles(15, 10), Titles(last));
        Assert.Equal(Titles(5, 10), Titles(previous));
        Assert.Equal(Titles(0, 5), Titles(firstOnes));
        Assert.Equal((false, true), PageFlags(last));
        Assert.Equal((true, true), PageFlags(previous));
        Assert.Equal((true, false), PageFlags(firstOnes));
    }

    [Fact]
    public async Task A_window_between_two_cursors_holds_exactly_the_items_between_them()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await PagedCampaigns.CreateAsync(api.Data, 10);
        var client = api.CreateClient();
        var edges = (await PageAsync(client, ngo, first: 10))["edges"]!.AsArray();

        var window = await PageAsync(client, ngo, first: 10, after: Cursor(edges[2]), before: Cursor(edges[7]));

        Assert.Equal(Titles(3, 4), Titles(window));
    }

    [Fact]
    public async Task Without_first_or_last_a_page_has_the_default_size_and_first_zero_only_counts()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await PagedCampaigns.CreateAsync(api.Data, 25);
        var client = api.CreateClient();

        var page = await PageAsync(client, ngo);
        var empty = await PageAsync(client, ngo, first: 0);

        Assert.Equal(Titles(0, 20), Titles(page));
        Assert.Empty(empty["edges"]!.AsArray());
        Assert.Equal(25, empty["totalCount"]!.GetValue<int>());
        Assert.Null(empty["pageInfo"]!["endCursor"]);
    }

    [Fact]
    public async Task Child_connections_page_the_same_way()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await api.Data.NgoAsync();
        var hub = await api.Data.AccountAsync(ngo, new AccountDetails("aaa_hub", "Hub", AccountRole.Hub));
        foreach (var handle in new[] { "bbb", "ccc", "ddd", "eee" })
        {
            await api.Data.AccountAsync(ngo, new AccountDetails(handle, handle, AccountRole.Regional), hub);
        }

        const string Accounts = """
            query($ngo: String!, $after: String) {
              ngo(slug: $ngo) { accounts(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { handle } } }
            }
            """;
        var client = api.CreateClient();
        var page1 = (await client.QueryAsync(Accounts, new { ngo = ngo.Slug }))["ngo"]!["accounts"]!;
        var page2 = (await client.QueryAsync(Accounts, new { ngo = ngo.Slug, after = page1["pageInfo"]!["endCursor"]!.GetValue<string>() }))["ngo"]!["accounts"]!;

        Assert.Equal(["aaa_hub", "bbb"], CampaignPageAssertions.Strings(page1["nodes"], "handle"));
        Assert.Equal(["ccc", "ddd"], CampaignPageAssertions.Strings(page2["nodes"], "handle"));
        Assert.Equal(5, page2["totalCount"]!.GetValue<int>());
        Assert.True(page2["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    private static async Task<JsonNode> PageAsync(HttpClient client, Ngo ngo, int? first = null, string? after = null, int? last = null, string? before = null) =>
        (await client.QueryAsync(Query, new { ngo = ngo.Slug, first, after, last, before }))["campaigns"]!;

    private static string[] Titles(int from, int count) => [.. Enumerable.Range(from, count).Select(i => $"C{i:00}")];

    private static string[] Titles(JsonNode page) => CampaignPageAssertions.Strings(page["edges"], "node", "title");

    private static (bool HasNext, bool HasPrevious) PageFlags(JsonNode page) =>
        (page["pageInfo"]!["hasNextPage"]!.GetValue<bool>(), page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

    private static string EndCursor(JsonNode page) => page["pageInfo"]!["endCursor"]!.GetValue<string>();

    private static string StartCursor(JsonNode page) => page["pageInfo"]!["startCursor"]!.GetValue<string>();

    private static string Cursor(JsonNode? edge) => edge!["cursor"]!.GetValue<string>();
}
