using Headless.Domain.Campaigns;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Campaigns;

public sealed class PledgeMatcherTests
{
    private static readonly Guid CampaignId = Guid.NewGuid();

    private static PledgeMatchingRule Rule(decimal perRetweet = 1m, decimal perReply = 2m, decimal perQuote = 0.5m, decimal cap = 10_000m, bool oncePerAuthor = false) =>
        PledgeMatchingRule.Create(CampaignSamples.Pledge(Utc.March(5), Utc.March(25), perRetweet, perReply, perQuote, cap, oncePerAuthor));

    private static Engagement Retweet(string tweetXId, string authorXId = "author-1", DateTime? at = null) =>
        new(tweetXId, authorXId, EngagementKind.Retweet, at ?? Utc.March(10));

    /// <summary>Counts engagements one after another, as they arrive from X.</summary>
    private static List<PledgeEngagement> CountAll(PledgeMatchingRule rule, IEnumerable<Engagement> engagements)
    {
        var counted = new List<PledgeEngagement>();
        foreach (var engagement in engagements)
        {
            if (PledgeMatcher.Match(CampaignId, rule, engagement, counted) is { } match)
            {
                counted.Add(match);
            }
        }

        return counted;
    }

    [Theory]
    [InlineData(EngagementKind.Retweet, "1")]
    [InlineData(EngagementKind.Reply, "2")]
    [InlineData(EngagementKind.Quote, "0.5")]
    public void Each_kind_counts_for_its_own_amount(EngagementKind kind, string expected)
    {
        var engagement = new Engagement("tweet-1", "author-1", kind, Utc.March(10));

        var match = PledgeMatcher.Match(CampaignId, Rule(), engagement, []);

        Assert.NotNull(match);
        Assert.Equal(Numbers.Dec(expected), match.Amount);
        Assert.Equal(CampaignId, match.CampaignId);
        Assert.Equal("tweet-1", match.TweetXId);
        Assert.Equal("author-1", match.AuthorXId);
        Assert.Equal(kind, match.Kind);
        Assert.Equal(Utc.March(10), match.OccurredAt);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    public void The_window_start_is_inclusive(long ticksFromStart, bool counts)
    {
        var match = PledgeMatcher.Match(CampaignId, Rule(), Retweet("t", at: Utc.March(5).AddTicks(ticksFromStart)), []);

        Assert.Equal(counts, match is not null);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    public void The_window_end_is_exclusive(long ticksFromEnd, bool counts)
    {
        var match = PledgeMatcher.Match(CampaignId, Rule(), Retweet("t", at: Utc.March(25).AddTicks(ticksFromEnd)), []);

        Assert.Equal(counts, match is not null);
    }

    [Fact]
    public void A_tweet_counts_only_once()
    {
        var counted = CountAll(Rule(), [Retweet("tweet-1", "author-1"), Retweet("tweet-1", "author-2")]);

        Assert.Single(counted);
    }

    [Fact]
    public void With_once_per_author_a_second_engagement_of_the_same_author_is_ignored()
    {
        var counted = CountAll(Rule(oncePerAuthor: true), [Retweet("t1", "ana"), Retweet("t2", "ana"), Retweet("t3", "ben")]);

        Assert.Equal(["t1", "t3"], counted.Select(c => c.TweetXId));
    }

    [Fact]
    public void Without_once_per_author_every_engagement_of_an_author_counts()
    {
        var counted = CountAll(Rule(oncePerAuthor: false), [Retweet("t1", "ana"), Retweet("t2", "ana"), Retweet("t3", "ben")]);

        Assert.Equal(["t1", "t2", "t3"], counted.Select(c => c.TweetXId));
    }

    [Fact]
    public void Once_the_cap_is_reached_exactly_nothing_more_counts()
    {
        var rule = Rule(perRetweet: 1m, cap: 3m);

        var counted = CountAll(rule, Enumerable.Range(1, 5).Select(i => Retweet($"t{i}", $"a{i}")));

        Assert.Equal(3, counted.Count);
        Assert.Equal(3m, counted.Sum(c => c.Amount));
    }

    [Fact]
    public void The_last_engagement_before_the_cap_counts_for_what_is_left()
    {
        var rule = Rule(perRetweet: 1m, cap: 2.5m);

        var counted = CountAll(rule, Enumerable.Range(1, 4).Select(i => Retweet($"t{i}", $"a{i}")));

        Assert.Equal([1m, 1m, 0.5m], counted.Select(c => c.Amount));
        Assert.Equal(2.5m, PledgeMatcher.MatchedAmount(rule, counted));
    }

    [Fact]
    public void The_perfect_gift_pattern_stops_at_its_cap()
    {
        var rule = Rule(perRetweet: 1m, perReply: 1m, perQuote: 0m, cap: 100m);
        var engagements = Enumerable.Range(1, 150)
            .Select(i => new Engagement($"t{i}", $"a{i}", i % 2 == 0 ? EngagementKind.Reply : EngagementKind.Retweet, Utc.March(10).AddMinutes(i)));

        var counted = CountAll(rule, engagements);

        Assert.Equal(100, counted.Count);
        Assert.Equal(100m, PledgeMatcher.MatchedAmount(rule, counted));
    }

    [Fact]
    public void A_kind_pledged_zero_is_ignored()
    {
        var rule = Rule(perRetweet: 1m, perReply: 0m, perQuote: 0m);

        var reply = PledgeMatcher.Match(CampaignId, rule, new Engagement("t1", "a1", EngagementKind.Reply, Utc.March(10)), []);
        var quote = PledgeMatcher.Match(CampaignId, rule, new Engagement("t2", "a2", EngagementKind.Quote, Utc.March(10)), []);

        Assert.Null(reply);
        Assert.Null(quote);
    }

    [Fact]
    public void Without_a_rule_nothing_is_matched()
    {
        var counted = CountAll(Rule(), [Retweet("t1")]);

        Assert.Equal(0m, PledgeMatcher.MatchedAmount(null, counted));
    }

    [Fact]
    public void The_matched_amount_never_exceeds_the_cap_even_after_the_cap_is_lowered()
    {
        var counted = CountAll(Rule(perRetweet: 1m, cap: 100m), Enumerable.Range(1, 8).Select(i => Retweet($"t{i}", $"a{i}")));
        var lowered = Rule(perRetweet: 1m, cap: 5m);

        Assert.Equal(8m, PledgeMatcher.MatchedAmount(Rule(perRetweet: 1m, cap: 100m), counted));
        Assert.Equal(5m, PledgeMatcher.MatchedAmount(lowered, counted));
        Assert.Null(PledgeMatcher.Match(CampaignId, lowered, Retweet("t9", "a9"), counted));
    }
}
