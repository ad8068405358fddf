using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;

namespace Headless.Mutations.Tests.LiveSessions;

internal static class LiveSessionMutationDocuments
{
    private const string Session = "liveSession { id slug title status hashtags placeName startedAt endedAt location { latitude longitude } accounts { nodes { id } } }";

    public const string Create = "mutation($input: CreateLiveSessionInput!) { createLiveSession(input: $input) { " + Session + " " + Documents.Errors + " } }";

    public const string Update = "mutation($input: UpdateLiveSessionInput!) { updateLiveSession(input: $input) { " + Session + " " + Documents.Errors + " } }";

    public const string Start = "mutation($input: StartLiveSessionInput!) { startLiveSession(input: $input) { " + Session + " " + Documents.Errors + " } }";

    public const string End = "mutation($input: EndLiveSessionInput!) { endLiveSession(input: $input) { " + Session + " " + Documents.Errors + " } }";

    public static string Id(Guid sessionId) => GlobalId.Encode("LiveSession", sessionId);

    public static string AccountId(Guid accountId) => GlobalId.Encode("TwitterAccount", accountId);

    public static object CreateInput(Guid ngoId, string slug, IEnumerable<string> accountIds, double? latitude = 14.7167, double? longitude = -17.4677, string hashtag = "#DakarLive") => new
    {
        input = new
        {
            ngoId = GlobalId.Encode("Ngo", ngoId),
            slug,
            title = "Flood relief, live",
            description = "From the field.",
            hashtags = new[] { hashtag },
            placeName = "Dakar, Senegal",
            latitude,
            longitude,
            scheduledStartAt = "2026-06-02T09:00:00Z",
            accountIds = accountIds.ToArray(),
        },
    };

    public static object UpdateInput(Guid sessionId, string title, IEnumerable<string>? accountIds) => new
    {
        input = new
        {
            liveSessionId = Id(sessionId),
            title,
            description = (string?)null,
            hashtags = new[] { "ReliefNow", "Dakar" },
            placeName = "Saint-Louis, Senegal",
            latitude = 16.0179,
            longitude = -16.4896,
            scheduledStartAt = "2026-06-03T09:00:00Z",
            accountIds = accountIds?.ToArray(),
        },
    };
}
