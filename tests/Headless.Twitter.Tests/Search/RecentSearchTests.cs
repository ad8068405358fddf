using Headless.Twitter.Client;
using Headless.Twitter.Search;
using Headless.Twitter.Tests.Fakes;
using Headless.Twitter.Tests.Support;

namespace Headless.Twitter.Tests.Search;

public sealed class RecentSearchTests(FakeXServer server) : IClassFixture<FakeXServer>
{
    private const string SearchPath = "/2/tweets/search/recent";
    private readonly FakeXApi _api = server.NewApi();

    [Fact]
    public async Task Results_are_followed_across_pages_with_the_next_token()
    {
        _api.Users.Add(TestTweets.Author);
        _api.SearchableTweets.AddRange(Enumerable.Range(1, 25).Select(i => TestTweets.Tweet(TestTweets.Id(i), $"Update {i} #Relief")));
        using var services = TestServices.Create(server.BaseUrl);

        var found = await services.Get<XApiClient>().SearchRecentAsync(new XRecentSearchRequest("#Relief") { MaxResults = 10 }, CancellationToken.None).TakeAsync(100);

        Assert.Equal(Enumerable.Range(1, 25).Reverse().Select(TestTweets.Id), found.Select(m => m.Data!.Id));
        var requests = _api.RequestsTo(SearchPath);
        Assert.Equal(3, requests.Count);
        Assert.Equal([null, "10", "20"], requests.Select(r => r.Query.GetValueOrDefault("next_token")));
    }

    [Fact]
    public async Task Since_id_limits_the_results_to_newer_tweets()
    {
        _api.SearchableTweets.AddRange(Enumerable.Range(1, 5).Select(i => TestTweets.Tweet(TestTweets.Id(i), "#Relief")));
        using var services = TestServices.Create(server.BaseUrl);

        var page = await services.Get<XApiClient>().SearchRecentPageAsync(
            new XRecentSearchRequest("#Relief") { SinceId = TestTweets.Id(3) },
            null,
            CancellationToken.None);

        Assert.Equal([TestTweets.Id(5), TestTweets.Id(4)], page.Messages.Select(m => m.Data!.Id));
        Assert.Equal(TestTweets.Id(3), Assert.Single(_api.RequestsTo(SearchPath)).Query["since_id"]);
        Assert.Null(page.NextToken);
    }

    [Fact]
    public async Task The_request_carries_the_stream_fields_start_time_and_a_page_size_within_X_bounds()
    {
        using var services = TestServices.Create(server.BaseUrl);
        var request = new XRecentSearchRequest("#Relief from:field_office")
        {
            StartTime = new DateTimeOffset(2025, 11, 3, 8, 30, 0, TimeSpan.Zero),
            MaxResults = 500,
        };

        await services.Get<XApiClient>().SearchRecentPageAsync(request, null, CancellationToken.None);

        var query = Assert.Single(_api.RequestsTo(SearchPath)).Query;
        Assert.Equal("#Relief from:field_office", query["query"]);
        Assert.Equal("2025-11-03T08:30:00Z", query["start_time"]);
        Assert.Equal("100", query["max_results"]);
        Assert.Equal("author_id,referenced_tweets.id,referenced_tweets.id.author_id", query["expansions"]);
        Assert.Contains("public_metrics", query["tweet.fields"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_result_carries_only_its_own_author_from_the_shared_includes()
    {
        var otherAuthor = new Headless.Twitter.Payloads.XUser("77", "Regional Office", "regional_office");
        _api.Users.AddRange([TestTweets.Author, otherAuthor]);
        _api.SearchableTweets.Add(TestTweets.Tweet(TestTweets.Id(1), "#Relief"));
        _api.SearchableTweets.Add(TestTweets.Tweet(TestTweets.Id(2), "#Relief") with { AuthorId = "77" });
        using var services = TestServices.Create(server.BaseUrl);

        var page = await services.Get<XApiClient>().SearchRecentPageAsync(new XRecentSearchRequest("#Relief"), null, CancellationToken.None);

        Assert.Equal(["regional_office"], page.Messages[0].Includes!.Users!.Select(u => u.Username));
        Assert.Equal(["field_office"], page.Messages[1].Includes!.Users!.Select(u => u.Username));
    }
}
