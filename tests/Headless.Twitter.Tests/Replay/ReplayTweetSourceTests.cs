using Headless.Twitter.Payloads;
using Headless.Twitter.Replay;
using Headless.Twitter.Sources;
using Headless.Twitter.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Headless.Twitter.Tests.Replay;

public sealed class ReplayTweetSourceTests : IDisposable
{
    private const string Root = "1974119089810964480";
    private const string Reply = "1974119089810964490";
    private const string Retweet = "1974148862876581888";
    private const string Outside = "1111111111111111111";

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"replay-{Guid.NewGuid():N}.ndjson");

    public ReplayTweetSourceTests()
    {
        File.WriteAllLines(_file,
        [
            $$$"""{"data":{"id":"{{{Root}}}","text":"Twelve solar fridges running #VaccinesWork","author_id":"2000000505","created_at":"2025-10-03T14:27:23.027Z","conversation_id":"{{{Root}}}"},"includes":{"users":[{"id":"2000000505","name":"UNICEF Kenya","username":"UNICEF_Kenya"}]},"matching_rules":[{"id":"1834219055617725354","tag":"campaign:vaccines"}]}""",
            "",
            "{ this line is broken",
            $$$"""{"data":{"id":"{{{Reply}}}","text":"Where exactly?","author_id":"2000000900","created_at":"2025-10-03T15:00:00.000Z","conversation_id":"{{{Root}}}","in_reply_to_user_id":"2000000505","referenced_tweets":[{"type":"replied_to","id":"{{{Root}}}"}]},"includes":{"tweets":[{"id":"{{{Root}}}","text":"Twelve solar fridges running #VaccinesWork","author_id":"2000000505","created_at":"2025-10-03T14:27:23.027Z"}]}}""",
            $$$"""{"data":{"id":"{{{Retweet}}}","text":"RT @someone: an older story","author_id":"2000000502","created_at":"2025-10-03T16:25:41.479Z","conversation_id":"{{{Retweet}}}","referenced_tweets":[{"type":"retweeted","id":"{{{Outside}}}"}]},"includes":{"tweets":[{"id":"{{{Outside}}}","text":"an older story","author_id":"2000000777","created_at":"2025-09-01T10:00:00.000Z"}]}}""",
        ]);
    }

    public void Dispose() => File.Delete(_file);

    private TestServices Services(double perMinute = 30) => TestServices.Create(new Uri("http://127.0.0.1:9"), new Dictionary<string, string?>
    {
        ["X:BearerToken"] = "",
        ["X:ReplayFile"] = _file,
        ["X:ReplayTweetsPerMinute"] = perMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private static async Task<XStreamMessage> NextAsync(IAsyncEnumerator<XStreamMessage> tweets, FakeTimeProvider time, TimeSpan wait)
    {
        var moving = tweets.MoveNextAsync().AsTask();
        time.Advance(wait);
        Assert.True(await Eventually.ResultAsync(moving, "the next replayed tweet"));
        return tweets.Current;
    }

    private static async Task<List<XStreamMessage>> ReadAsync(TestServices services, int count, TimeSpan interval)
    {
        await using var tweets = services.Get<ITweetSource>().ReadAllAsync(CancellationToken.None).GetAsyncEnumerator();
        var read = new List<XStreamMessage> { await NextAsync(tweets, services.Time, TimeSpan.Zero) };
        while (read.Count < count)
        {
            read.Add(await NextAsync(tweets, services.Time, interval));
        }

        return read;
    }

    [Fact]
    public void Without_a_bearer_token_the_tweet_source_is_the_replay()
    {
        using var services = Services();

        Assert.IsType<ReplayTweetSource>(services.Get<ITweetSource>());
    }

    [Fact]
    public void With_a_bearer_token_the_tweet_source_is_the_filtered_stream()
    {
        using var services = TestServices.Create(new Uri("http://127.0.0.1:9"));

        Assert.IsType<FilteredStreamTweetSource>(services.Get<ITweetSource>());
    }

    [Fact]
    public async Task Replayed_tweets_get_fresh_increasing_ids_and_the_current_time()
    {
        using var services = Services();
        var start = services.Time.GetUtcNow().UtcDateTime;

        var tweets = await ReadAsync(services, 3, TimeSpan.FromSeconds(2));

        Assert.Equal(["Twelve solar fridges running #VaccinesWork", "Where exactly?", "RT @someone: an older story"], tweets.Select(t => t.Data!.Text));
        var ids = tweets.Select(t => t.Data!.Id).ToList();
        Assert.Empty(ids.Intersect([Root, Reply, Retweet]));
        Assert.Equal(ids.Order(TweetIdComparer.Instance), ids);
        Assert.Equal([start, start.AddSeconds(2), start.AddSeconds(4)], tweets.Select(t => t.Data!.CreatedAt!.Value));
        Assert.Equal("2000000505", tweets[0].Data!.AuthorId);
        Assert.Equal("campaign:vaccines", Assert.Single(tweets[0].MatchingRules!).Tag);
    }

    [Fact]
    public async Task References_within_a_pass_point_at_the_fresh_ids()
    {
        using var services = Services();

        var tweets = await ReadAsync(services, 3, TimeSpan.FromSeconds(2));

        var (root, reply, retweet) = (tweets[0].Data!, tweets[1], tweets[2]);
        Assert.Equal(root.Id, root.ConversationId);
        Assert.Equal(root.Id, reply.Data!.ConversationId);
        Assert.Equal(root.Id, Assert.Single(reply.Data.ReferencedTweets!).Id);
        var quotedRoot = reply.FindTweet(root.Id);
        Assert.NotNull(quotedRoot);
        Assert.Equal(root.CreatedAt, quotedRoot.CreatedAt);
        Assert.Equal("2000000505", reply.Data.InReplyToUserId);
        var outside = Assert.Single(retweet.Data!.ReferencedTweets!).Id;
        Assert.NotEqual(Outside, outside);
        Assert.Equal(retweet.Includes!.Tweets![0].Id, outside);
    }

    [Fact]
    public async Task Tweets_are_paced_at_the_configured_rate()
    {
        using var services = Services(perMinute: 12);
        await using var tweets = services.Get<ITweetSource>().ReadAllAsync(CancellationToken.None).GetAsyncEnumerator();
        await NextAsync(tweets, services.Time, TimeSpan.Zero);

        var second = tweets.MoveNextAsync().AsTask();
        services.Time.Advance(TimeSpan.FromSeconds(4.9));
        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        services.Time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.True(await Eventually.ResultAsync(second, "the second tweet"));
    }

    [Fact]
    public async Task The_recording_loops_forever_with_new_ids_each_pass()
    {
        using var services = Services(perMinute: 60);

        var tweets = await ReadAsync(services, 7, TimeSpan.FromSeconds(1));

        Assert.Equal(tweets.Take(3).Select(t => t.Data!.Text), tweets.Skip(3).Take(3).Select(t => t.Data!.Text));
        Assert.Equal(7, tweets.Select(t => t.Data!.Id).Distinct().Count());
        Assert.Equal(tweets[3].Data!.Id, tweets[4].Data!.ConversationId);
        Assert.NotEqual(tweets[0].Data!.Id, tweets[4].Data!.ConversationId);
    }

    [Fact]
    public async Task Without_a_configured_file_the_seed_recording_is_found_above_the_working_directory()
    {
        using var services = TestServices.Create(new Uri("http://127.0.0.1:9"), new Dictionary<string, string?> { ["X:BearerToken"] = "" });

        var first = Assert.Single(await ReadAsync(services, 1, TimeSpan.Zero));

        Assert.False(string.IsNullOrWhiteSpace(first.Data!.Text));
        Assert.Equal(services.Time.GetUtcNow().UtcDateTime, first.Data.CreatedAt);
    }

    [Fact]
    public async Task A_missing_recording_is_reported_with_its_path()
    {
        using var services = TestServices.Create(new Uri("http://127.0.0.1:9"), new Dictionary<string, string?>
        {
            ["X:BearerToken"] = "",
            ["X:ReplayFile"] = "no/such/recording.ndjson",
        });

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => ReadAsync(services, 1, TimeSpan.Zero));

        Assert.Contains("no/such/recording.ndjson", error.Message, StringComparison.Ordinal);
    }
}
