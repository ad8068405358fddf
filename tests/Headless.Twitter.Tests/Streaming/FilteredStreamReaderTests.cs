using Headless.Twitter.Tests.Fakes;
using Headless.Twitter.Tests.Support;
using Microsoft.Extensions.Logging;
using static Headless.Twitter.Tests.Fakes.StreamStep;

namespace Headless.Twitter.Tests.Streaming;

public sealed class FilteredStreamReaderTests(FakeXServer server) : IClassFixture<FakeXServer>
{
    private readonly FakeXApi _api = server.NewApi();

    [Fact]
    public async Task Tweets_are_delivered_in_order_while_keep_alives_and_malformed_lines_are_skipped()
    {
        _api.OnNextStreamConnection(
            Line(TestTweets.Line(TestTweets.Id(1))),
            KeepAlive(),
            Line("{\"data\":{\"id\":\"broken"),
            KeepAlive(),
            Line(TestTweets.Line(TestTweets.Id(2))),
            Line(TestTweets.ErrorsLine("operational-disconnect")),
            Line(TestTweets.Line(TestTweets.Id(3))),
            Stall());
        using var services = TestServices.Create(server.BaseUrl);
        await using var run = new ReaderRun(services);

        var tweets = await run.Channel.Reader.TakeAsync(3);

        Assert.Equal([TestTweets.Id(1), TestTweets.Id(2), TestTweets.Id(3)], tweets.Select(t => t.Data!.Id));
        Assert.Equal(1, run.Reader.ConnectionsOpened);
        Assert.Empty(run.Reconnects);
        var warnings = services.Logs.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.Contains(warnings, m => m.Contains("malformed", StringComparison.Ordinal) && m.Contains("broken", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.Contains("operational-disconnect", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_stream_is_requested_with_the_fields_and_expansions_consumers_rely_on()
    {
        _api.OnNextStreamConnection(Line(TestTweets.Line(TestTweets.Id(1))), Stall());
        using var services = TestServices.Create(server.BaseUrl);
        await using var run = new ReaderRun(services);

        await run.Channel.Reader.TakeAsync(1);

        var query = Assert.Single(_api.RequestsTo("/2/tweets/search/stream")).Query;
        Assert.Equal(
            "created_at,author_id,lang,conversation_id,in_reply_to_user_id,referenced_tweets,entities,public_metrics,geo",
            query["tweet.fields"]);
        Assert.Equal("author_id,referenced_tweets.id,referenced_tweets.id.author_id", query["expansions"]);
        Assert.Equal("username,name", query["user.fields"]);
    }

    [Fact]
    public async Task A_paused_consumer_stops_the_reader_at_the_channel_capacity()
    {
        const int capacity = 5;
        var lines = Enumerable.Range(1, 50).Select(i => Line(TestTweets.Line(TestTweets.Id(i))));
        _api.OnNextStreamConnection([.. lines, Stall()]);
        using var services = TestServices.Create(server.BaseUrl);
        await using var run = new ReaderRun(services, capacity);

        await Eventually.TrueAsync(() => run.Channel.Reader.Count == capacity, "the channel is full");
        await Task.Delay(200);
        var receivedWhilePaused = run.Reader.MessagesReceived;
        var all = await run.Channel.Reader.TakeAsync(50);

        Assert.InRange(receivedWhilePaused, capacity, capacity + 1);
        Assert.Equal(Enumerable.Range(1, 50).Select(TestTweets.Id), all.Select(t => t.Data!.Id));
        Assert.Empty(run.Reconnects);
    }

    [Fact]
    public async Task Cancelling_stops_the_reader_without_an_error()
    {
        _api.OnNextStreamConnection(Line(TestTweets.Line(TestTweets.Id(1))), Stall());
        using var services = TestServices.Create(server.BaseUrl);
        var run = new ReaderRun(services);
        await run.Channel.Reader.TakeAsync(1);

        await run.DisposeAsync();

        Assert.True(run.Running.IsCompletedSuccessfully);
    }
}
