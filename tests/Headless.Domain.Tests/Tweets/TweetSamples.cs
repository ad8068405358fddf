using Headless.Domain.Tweets;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Tweets;

internal static class TweetSamples
{
    public static TweetData Data(
        DateTime? createdAt = null,
        IReadOnlyList<string>? hashtags = null,
        IReadOnlyList<string>? mentions = null,
        TweetKind kind = TweetKind.Original,
        string xId = "1900000000000000001",
        string authorXId = "42",
        string authorHandle = "PlanAsia",
        double? latitude = null,
        double? longitude = null) =>
        new(
            xId,
            authorXId,
            authorHandle,
            "Plan Asia",
            "Every retweet is a gift #PerfectGift",
            createdAt ?? Utc.March(10, 12),
            "en",
            hashtags ?? ["PerfectGift"],
            mentions ?? [],
            kind,
            kind == TweetKind.Original ? null : "1899999999999999999",
            kind == TweetKind.Original ? null : "7",
            "1899999999999999999",
            new TweetMetrics(3, 2, 10, 1, 500),
            latitude,
            longitude);
}
