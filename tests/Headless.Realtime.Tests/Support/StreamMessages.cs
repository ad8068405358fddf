using System.Globalization;
using Headless.Twitter.Payloads;

namespace Headless.Realtime.Tests.Support;

/// <summary>Filtered-stream messages as X delivers them, for tests that feed the ingestion pipeline.</summary>
public static class StreamMessages
{
    /// <summary>A fresh X tweet id, so tweets of different tests never collide.</summary>
    public static string NewXId() =>
        Random.Shared.NextInt64(1_000_000_000_000_000_000, long.MaxValue).ToString(CultureInfo.InvariantCulture);

    /// <summary>An original tweet by a member of the public, carrying <paramref name="hashtag"/> (without '#').</summary>
    public static XStreamMessage Tagged(string hashtag, DateTime createdAt, string? xId = null, string text = "Live from the field")
    {
        ArgumentNullException.ThrowIfNull(hashtag);
        var id = xId ?? NewXId();
        var body = $"{text} #{hashtag}";
        var tweet = new XTweet(
            id,
            body,
            "3000000042",
            createdAt,
            "en",
            id,
            null,
            null,
            new XEntities([new XHashtagEntity(text.Length + 1, body.Length, hashtag)], null),
            new XPublicMetrics(3, 1, 12, 0, 480),
            null);
        return new XStreamMessage(tweet, new XIncludes([new XUser("3000000042", "Aminata Diallo", "aminata_d")], null), null, null);
    }

    /// <summary>A reply in <paramref name="root"/>'s conversation, without any hashtag.</summary>
    public static XStreamMessage ReplyTo(XStreamMessage root, DateTime createdAt, string text = "Thank you for the update")
    {
        ArgumentNullException.ThrowIfNull(root);
        var id = NewXId();
        var reply = new XTweet(
            id, text, "3000000099", createdAt, "fr", root.Data!.Id, root.Data.AuthorId,
            [new XReferencedTweet("replied_to", root.Data.Id)], null, null, null);
        return new XStreamMessage(reply, new XIncludes([new XUser("3000000099", "Lucie Martin", "lucie_m")], [root.Data]), null, null);
    }

    /// <summary>A retweet of <paramref name="original"/>, keeping its hashtag so it matches the same session.</summary>
    public static XStreamMessage RetweetOf(XStreamMessage original, string hashtag, DateTime createdAt)
    {
        ArgumentNullException.ThrowIfNull(original);
        var source = original.Data!;
        var tagged = Tagged(hashtag, createdAt, text: "RT @aminata_d: Live from the field");
        var retweet = tagged.Data! with
        {
            AuthorId = "3000000077",
            ReferencedTweets = [new XReferencedTweet("retweeted", source.Id)],
        };
        var includes = new XIncludes([new XUser("3000000077", "Marc Dupont", "marc_d")], [source]);
        return new XStreamMessage(retweet, includes, null, null);
    }
}
