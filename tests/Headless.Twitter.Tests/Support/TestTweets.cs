using System.Globalization;
using System.Text.Json;
using Headless.Twitter.Payloads;

namespace Headless.Twitter.Tests.Support;

/// <summary>Builds tweets and filtered-stream lines in X's wire format.</summary>
public static class TestTweets
{
    public static readonly XUser Author = new("2244994945", "Field Office", "field_office");

    /// <summary>A snowflake-sized id; larger <paramref name="sequence"/> means newer.</summary>
    public static string Id(int sequence) => (1_900_000_000_000_000_000L + sequence).ToString(CultureInfo.InvariantCulture);

    public static XTweet Tweet(string id, string text = "Water points repaired #FieldNews", DateTime? createdAt = null) =>
        new(id, text, Author.Id, createdAt ?? new DateTime(2025, 10, 1, 12, 0, 0, DateTimeKind.Utc), "en", id, null, null, null, null, null);

    public static string Line(string id, string text = "Water points repaired #FieldNews") =>
        JsonSerializer.Serialize(
            new XStreamMessage(Tweet(id, text), new XIncludes([Author], null), [new XMatchingRule("1", "field")], null),
            XJson.Options);

    public static string ErrorsLine(string title) =>
        JsonSerializer.Serialize(new { errors = new[] { new { title, detail = "This stream has been disconnected", type = "https://api.twitter.com/2/problems/operational-disconnect" } } });
}
