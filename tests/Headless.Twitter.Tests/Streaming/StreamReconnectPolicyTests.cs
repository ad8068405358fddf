using Headless.Twitter.Streaming;

namespace Headless.Twitter.Tests.Streaming;

public sealed class StreamReconnectPolicyTests
{
    private static readonly DateTimeOffset s_now = new(2025, 11, 3, 9, 0, 0, TimeSpan.Zero);

    private static StreamFailure Failure(StreamFailureKind kind, DateTimeOffset? reset = null) => new(kind, reset);

    private static List<TimeSpan> Delays(StreamReconnectPolicy policy, StreamFailureKind kind, int count) =>
        Enumerable.Range(0, count).Select(_ => policy.NextDelay(Failure(kind), s_now)).ToList();

    [Theory]
    [InlineData(StreamFailureKind.ConnectionDropped)]
    [InlineData(StreamFailureKind.Stalled)]
    public void A_connection_that_delivered_data_is_reconnected_at_once(StreamFailureKind kind)
    {
        var policy = new StreamReconnectPolicy();
        policy.OnDataReceived();

        Assert.Equal(TimeSpan.Zero, policy.NextDelay(Failure(kind), s_now));
    }

    [Fact]
    public void A_connection_dropping_again_before_any_data_backs_off_like_a_network_error()
    {
        var policy = new StreamReconnectPolicy();
        policy.OnDataReceived();

        var delays = Delays(policy, StreamFailureKind.ConnectionDropped, 3);

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500)], delays);
    }

    [Fact]
    public void Network_errors_back_off_linearly_by_250_ms_up_to_16_seconds()
    {
        var delays = Delays(new StreamReconnectPolicy(), StreamFailureKind.NetworkError, 70);

        Assert.Equal(TimeSpan.FromMilliseconds(250), delays[0]);
        Assert.Equal(TimeSpan.FromMilliseconds(500), delays[1]);
        Assert.Equal(TimeSpan.FromMilliseconds(750), delays[2]);
        Assert.Equal(TimeSpan.FromMilliseconds(15_750), delays[62]);
        Assert.Equal(TimeSpan.FromSeconds(16), delays[63]);
        Assert.All(delays.Skip(63), d => Assert.Equal(TimeSpan.FromSeconds(16), d));
    }

    [Fact]
    public void Http_errors_back_off_exponentially_from_5_seconds_up_to_320_seconds()
    {
        var delays = Delays(new StreamReconnectPolicy(), StreamFailureKind.HttpError, 10);

        var expectedSeconds = new[] { 5, 10, 20, 40, 80, 160, 320, 320, 320, 320 };
        Assert.Equal(expectedSeconds.Select(s => TimeSpan.FromSeconds(s)), delays);
    }

    [Fact]
    public void Rate_limiting_backs_off_exponentially_from_one_minute_up_to_one_window()
    {
        var delays = Delays(new StreamReconnectPolicy(), StreamFailureKind.RateLimited, 6);

        var expectedMinutes = new[] { 1, 2, 4, 8, 15, 15 };
        Assert.Equal(expectedMinutes.Select(m => TimeSpan.FromMinutes(m)), delays);
    }

    [Fact]
    public void Rate_limiting_waits_until_the_announced_reset_when_that_is_later()
    {
        var policy = new StreamReconnectPolicy();

        var delay = policy.NextDelay(Failure(StreamFailureKind.RateLimited, s_now.AddSeconds(200)), s_now);

        Assert.Equal(TimeSpan.FromSeconds(200), delay);
    }

    [Fact]
    public void Rate_limiting_keeps_its_back_off_when_the_announced_reset_is_sooner()
    {
        var policy = new StreamReconnectPolicy();

        var delay = policy.NextDelay(Failure(StreamFailureKind.RateLimited, s_now.AddSeconds(10)), s_now);

        Assert.Equal(TimeSpan.FromMinutes(1), delay);
    }

    [Fact]
    public void Data_from_a_connection_resets_every_back_off()
    {
        var policy = new StreamReconnectPolicy();
        Delays(policy, StreamFailureKind.HttpError, 3);
        Delays(policy, StreamFailureKind.NetworkError, 3);
        Delays(policy, StreamFailureKind.RateLimited, 2);

        policy.OnDataReceived();
        policy.NextDelay(Failure(StreamFailureKind.ConnectionDropped), s_now);

        Assert.Equal(TimeSpan.FromSeconds(5), policy.NextDelay(Failure(StreamFailureKind.HttpError), s_now));
        Assert.Equal(TimeSpan.FromMilliseconds(250), policy.NextDelay(Failure(StreamFailureKind.NetworkError), s_now));
        Assert.Equal(TimeSpan.FromMinutes(1), policy.NextDelay(Failure(StreamFailureKind.RateLimited), s_now));
    }

    [Fact]
    public void Each_error_class_keeps_its_own_count()
    {
        var policy = new StreamReconnectPolicy();
        Delays(policy, StreamFailureKind.HttpError, 2);

        Assert.Equal(TimeSpan.FromMilliseconds(250), policy.NextDelay(Failure(StreamFailureKind.NetworkError), s_now));
        Assert.Equal(TimeSpan.FromSeconds(20), policy.NextDelay(Failure(StreamFailureKind.HttpError), s_now));
    }
}
