using Headless.Twitter.Payloads;
using Headless.Twitter.Sources;
using Headless.Twitter.Tests.Fakes;
using Headless.Twitter.Tests.Support;
using static Headless.Twitter.Tests.Fakes.StreamStep;

namespace Headless.Twitter.Tests.Sources;

public sealed class FilteredStreamTweetSourceTests(FakeXServer server) : IClassFixture<FakeXServer>
{
    private const string Text = "Convoy reached the camp #Relief";
    private readonly FakeXApi _api = server.NewApi();

    private static string Line(int sequence) => TestTweets.Line(TestTweets.Id(sequence), Text);

    [Fact]
    public async Task Tweets_missed_while_reconnecting_are_backfilled_once_and_in_order()
    {
        var rule = _api.AddRule("#Relief", "campaign:relief");
        _api.Users.Add(TestTweets.Author);
        _api.SearchableTweets.AddRange(Enumerable.Range(1, 4).Select(i => TestTweets.Tweet(TestTweets.Id(i), Text)));
        var drop = new TaskCompletionSource();
        _api.OnNextStreamConnection(StreamStep.Line(Line(1)), StreamStep.Line(Line(2)), WaitFor(drop.Task), DropMidLine(Line(3)))
            .OnNextStreamConnection(StreamStep.Line(Line(4)), StreamStep.Line(Line(5)), StreamStep.Line(Line(6)), Stall());
        using var services = TestServices.Create(server.BaseUrl);
        using var giveUp = Eventually.GiveUpToken();
        await using var tweets = services.Get<ITweetSource>().ReadAllAsync(giveUp.Token).GetAsyncEnumerator(giveUp.Token);

        var received = new List<XStreamMessage>();
        while (received.Count < 6 && await tweets.MoveNextAsync())
        {
            received.Add(tweets.Current);
            if (received.Count == 2)
            {
                drop.SetResult();
            }
        }

        Assert.Equal(Enumerable.Range(1, 6).Select(TestTweets.Id), received.Select(m => m.Data!.Id));
        var search = Assert.Single(_api.RequestsTo("/2/tweets/search/recent"));
        Assert.Equal(TestTweets.Id(2), search.Query["since_id"]);
        Assert.Equal("#Relief", search.Query["query"]);
        var backfilled = received[2];
        Assert.Equal(new XMatchingRule(rule.Id, "campaign:relief"), Assert.Single(backfilled.MatchingRules!));
        Assert.Equal("field_office", backfilled.FindUser(backfilled.Data!.AuthorId)!.Username);
    }

    [Fact]
    public async Task A_reconnect_before_any_tweet_backfills_from_when_the_stream_started()
    {
        _api.AddRule("#Relief", "campaign:relief");
        var endFirstConnection = new TaskCompletionSource();
        _api.OnNextStreamConnection(KeepAlive(), WaitFor(endFirstConnection.Task), End())
            .OnNextStreamConnection(StreamStep.Line(Line(9)), Stall());
        using var services = TestServices.Create(server.BaseUrl);
        var startedAt = services.Time.GetUtcNow();
        _api.SearchableTweets.Add(TestTweets.Tweet(TestTweets.Id(8), Text, startedAt.UtcDateTime.AddSeconds(1)));
        using var giveUp = Eventually.GiveUpToken();
        var reading = services.Get<ITweetSource>().ReadAllAsync(giveUp.Token).TakeAsync(2);

        await Eventually.TrueAsync(() => _api.StreamConnections == 1, "the stream is connected");
        endFirstConnection.SetResult();
        var received = await reading;

        Assert.Equal([TestTweets.Id(8), TestTweets.Id(9)], received.Select(m => m.Data!.Id));
        var search = Assert.Single(_api.RequestsTo("/2/tweets/search/recent"));
        Assert.False(search.Query.ContainsKey("since_id"));
        Assert.Equal("2025-11-03T09:00:00Z", search.Query["start_time"]);
    }

    [Fact]
    public async Task A_failing_backfill_does_not_stop_the_live_stream()
    {
        _api.AddRule("#Relief", "campaign:relief");
        var drop = new TaskCompletionSource();
        _api.OnNextStreamConnection(StreamStep.Line(Line(1)), WaitFor(drop.Task), End())
            .OnNextStreamConnection(StreamStep.Line(Line(2)), Stall());
        using var services = TestServices.Create(server.BaseUrl);
        using var giveUp = Eventually.GiveUpToken();
        var reading = services.Get<ITweetSource>().ReadAllAsync(giveUp.Token).TakeAsync(2);

        await Eventually.TrueAsync(() => _api.StreamConnections == 1, "the stream is connected");
        _api.RestFailureStatus = 403;
        _api.RestFailuresToServe = 1000;
        drop.SetResult();
        var received = await reading;

        Assert.Equal([TestTweets.Id(1), TestTweets.Id(2)], received.Select(m => m.Data!.Id));
    }
}
