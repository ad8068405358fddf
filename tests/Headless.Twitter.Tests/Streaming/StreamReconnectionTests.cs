using Headless.Twitter.Streaming;
using Headless.Twitter.Tests.Fakes;
using Headless.Twitter.Tests.Support;
using static Headless.Twitter.Tests.Fakes.StreamStep;

namespace Headless.Twitter.Tests.Streaming;

public sealed class StreamReconnectionTests(FakeXServer server) : IClassFixture<FakeXServer>
{
    private readonly FakeXApi _api = server.NewApi();

    [Fact]
    public async Task A_connection_dropped_mid_line_is_reopened_at_once_without_the_partial_tweet()
    {
        // The drop waits until the first tweet is read: a reset racing the headers would be a connect failure instead.
        var drop = new TaskCompletionSource();
        _api.OnNextStreamConnection(Line(TestTweets.Line(TestTweets.Id(1))), WaitFor(drop.Task), DropMidLine(TestTweets.Line(TestTweets.Id(2))))
            .OnNextStreamConnection(Line(TestTweets.Line(TestTweets.Id(3))), Stall());
        using var services = TestServices.Create(server.BaseUrl);
        await using var run = new ReaderRun(services);
        var first = await run.Channel.Reader.TakeAsync(1);

        drop.SetResult();
        var next = await run.Channel.Reader.TakeAsync(1);

        Assert.Equal([TestTweets.Id(1), TestTweets.Id(3)], first.Concat(next).Select(t => t.Data!.Id));
        var reconnect = Assert.Single(run.Reconnects);
        Assert.Equal(StreamFailureKind.ConnectionDropped, reconnect.Failure.Kind);
        Assert.Equal(TimeSpan.Zero, reconnect.Delay);
        Assert.Equal(2, _api.StreamConnections);
    }

    [Fact]
    public async Task A_connection_the_server_ends_is_reopened_at_once()
    {
        _api.OnNextStreamConnection(Line(TestTweets.Line(TestTweets.Id(1))), End())
            .OnNextStreamConnection(Line(TestTweets.Line(TestTweets.Id(2))), Stall());
        using var services = TestServices.Create(server.BaseUrl);
        await using var run = new ReaderRun(services);

        var tweets = await run.Channel.Reader.TakeAsync(2);

        Assert.Equal([TestTweets.Id(1), TestTweets.Id(2)], tweets.Select(t => t.Data!.Id));
        var reconnect = Assert.Single(run.Reconnects);
        Assert.Equal(StreamFailureKind.ConnectionDropped, reconnect.Failure.Kind);
        Assert.Equal(TimeSpan.Zero, reconnect.Delay);
    }

    [Fact]
    public async Task Http_errors_on_connect_wait_5_then_10_seconds_before_the_next_attempts()
    {
        _api.OnNextStreamConnection(Refuse(503))
            .OnNextStreamConnection(Refuse(500))
            .OnNextStreamConnection(Line(TestTweets.Line(TestTweets.Id(1))), Stall());
        using var services = TestServices.Create(server.BaseUrl);
        await using var run = new ReaderRun(services);

        await run.WaitForReconnectsAsync(1);
        Assert.Equal(1, _api.StreamConnections);
        services.Time.Advance(TimeSpan.FromSeconds(5));
        await run.WaitForReconnectsAsync(2);
        services.Time.Advance(TimeSpan.FromSeconds(10));
        var tweet = Assert.Single(await run.Channel.Reader.TakeAsync(1));

        Assert.Equal(TestTweets.Id(1), tweet.Data!.Id);
        Assert.Equal([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)], run.Reconnects.Select(r => r.Delay));
        Assert.All(run.Reconnects, r => Assert.Equal(StreamFailureKind.HttpError, r.Failure.Kind));
        Assert.Equal(3, _api.StreamConnections);
    }

    [Fact]
    public async Task Too_many_requests_waits_until_the_announced_rate_limit_reset()
    {
        using var services = TestServices.Create(server.BaseUrl);
        var reset = services.Time.GetUtcNow().AddSeconds(150);
        _api.OnNextStreamConnection(Refuse(429, reset))
            .OnNextStreamConnection(Line(TestTweets.Line(TestTweets.Id(1))), Stall());
        await using var run = new ReaderRun(services);

        await run.WaitForReconnectsAsync(1);
        services.Time.Advance(TimeSpan.FromSeconds(150));
        await run.Channel.Reader.TakeAsync(1);

        var reconnect = Assert.Single(run.Reconnects);
        Assert.Equal(StreamFailureKind.RateLimited, reconnect.Failure.Kind);
        Assert.Equal(TimeSpan.FromSeconds(150), reconnect.Delay);
        Assert.Equal(reset, reconnect.Failure.RateLimitReset);
    }

    [Fact]
    public async Task Too_many_requests_without_a_reset_header_waits_one_minute()
    {
        _api.OnNextStreamConnection(Refuse(429));
        using var services = TestServices.Create(server.BaseUrl);
        await using var run = new ReaderRun(services);

        await run.WaitForReconnectsAsync(1);

        Assert.Equal(TimeSpan.FromMinutes(1), Assert.Single(run.Reconnects).Delay);
    }

    [Fact]
    public async Task A_refused_network_connection_backs_off_linearly()
    {
        using var services = TestServices.Create(ClosedPort.Url());
        await using var run = new ReaderRun(services);

        await run.WaitForReconnectsAsync(1);
        services.Time.Advance(TimeSpan.FromMilliseconds(250));
        await run.WaitForReconnectsAsync(2);
        services.Time.Advance(TimeSpan.FromMilliseconds(500));
        await run.WaitForReconnectsAsync(3);

        Assert.Equal(
            [TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(750)],
            run.Reconnects.Take(3).Select(r => r.Delay));
        Assert.All(run.Reconnects, r => Assert.Equal(StreamFailureKind.NetworkError, r.Failure.Kind));
    }

    [Fact]
    public async Task Silence_longer_than_the_stall_timeout_is_treated_as_a_disconnect()
    {
        _api.OnNextStreamConnection(Line(TestTweets.Line(TestTweets.Id(1))), Stall())
            .OnNextStreamConnection(Line(TestTweets.Line(TestTweets.Id(2))), Stall());
        using var services = TestServices.Create(server.BaseUrl);
        await using var run = new ReaderRun(services);
        await run.Channel.Reader.TakeAsync(1);

        services.Time.Advance(TimeSpan.FromSeconds(19));
        await Task.Delay(100);
        Assert.Empty(run.Reconnects);
        services.Time.Advance(TimeSpan.FromSeconds(2));
        var next = await run.Channel.Reader.TakeAsync(1);

        Assert.Equal(TestTweets.Id(2), next[0].Data!.Id);
        var reconnect = Assert.Single(run.Reconnects);
        Assert.Equal(StreamFailureKind.Stalled, reconnect.Failure.Kind);
        Assert.Equal(TimeSpan.Zero, reconnect.Delay);
    }

    [Fact]
    public async Task Keep_alives_hold_off_the_stall_timeout()
    {
        var sendKeepAlive = new TaskCompletionSource();
        _api.OnNextStreamConnection(Line(TestTweets.Line(TestTweets.Id(1))), WaitFor(sendKeepAlive.Task), KeepAlive(), Stall());
        using var services = TestServices.Create(server.BaseUrl);
        await using var run = new ReaderRun(services);
        await run.Channel.Reader.TakeAsync(1);

        services.Time.Advance(TimeSpan.FromSeconds(15));
        sendKeepAlive.SetResult();
        await Eventually.TrueAsync(() => run.Reader.KeepAlivesReceived == 1, "the keep-alive is read");
        services.Time.Advance(TimeSpan.FromSeconds(15));
        await Task.Delay(100);
        Assert.Empty(run.Reconnects);
        services.Time.Advance(TimeSpan.FromSeconds(6));
        await run.WaitForReconnectsAsync(1);

        Assert.Equal(StreamFailureKind.Stalled, Assert.Single(run.Reconnects).Failure.Kind);
    }
}
