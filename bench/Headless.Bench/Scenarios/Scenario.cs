namespace Headless.Bench.Scenarios;

/// <summary>One measured configuration.</summary>
public sealed record Scenario(SharingMode Mode, int Subscribers, int Tweets, double Rate)
{
    public const string Query = "subscription($id: ID!) { tweetReceived(liveSessionId: $id) { xId text createdAt } }";

    public long ExpectedDeliveries => (long)Subscribers * Tweets;

    /// <summary>
    /// The subscriber's variables. In the distinct mode an extra variable the operation does not
    /// declare (GraphQL ignores it) makes every subscription key different while the work per event
    /// stays the same, which isolates what sharing saves.
    /// </summary>
    public IReadOnlyDictionary<string, object?> VariablesFor(string liveSessionId, int subscriber) =>
        Mode == SharingMode.Shared
            ? new Dictionary<string, object?> { ["id"] = liveSessionId }
            : new Dictionary<string, object?> { ["id"] = liveSessionId, ["subscriber"] = $"s{subscriber}" };

    public string Label => $"{Mode.ToString().ToLowerInvariant()} N={Subscribers}";
}
