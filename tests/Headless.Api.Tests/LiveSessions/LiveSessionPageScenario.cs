using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Accounts;
using Headless.Domain.LiveSessions;
using Headless.Domain.Ngos;
using Headless.Domain.Tweets;

namespace Headless.Api.Tests.LiveSessions;

/// <summary>A food distribution live-tweeted from Lille by two accounts, with replies and a retweet from the public.</summary>
public static class LiveSessionPageScenario
{
    public const string NgoSlug = "helping-hands";
    public const string Slug = "food-distribution-lille";

    public const string Query = """
        query SessionPage($ngo: String!, $slug: String!, $kinds: [TweetKind!]) {
          liveSession(ngoSlug: $ngo, slug: $slug) {
            id slug title description hashtags status placeName location { latitude longitude }
            scheduledStartAt startedAt endedAt
            ngo { id slug name }
            accounts { totalCount nodes { id handle role } }
            tweets(first: 10, filter: { kinds: $kinds }) {
              totalCount
              pageInfo { hasNextPage hasPreviousPage }
              nodes { id xId url text kind authorHandle createdAt account { handle } }
            }
          }
        }
        """;

    public static object Variables(params string[] kinds) => new { ngo = NgoSlug, slug = Slug, kinds = kinds.Length == 0 ? null : kinds };

    public static async Task BuildAsync(TestData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var now = data.Now;
        var ngo = await data.NgoAsync(new NgoDetails(NgoSlug, "Helping Hands", null, null, "FR", "EUR", null));
        var hub = await data.AccountAsync(ngo, new AccountDetails("HelpingHands", "Helping Hands", AccountRole.Hub, "France", "1000000001"));
        var lille = await data.AccountAsync(ngo, new AccountDetails("HelpingLille", "Helping Hands Lille", AccountRole.Local, "Lille", "1000000004"), hub);
        var marie = await data.AccountAsync(ngo, new AccountDetails("MarieVolunteer", "Marie, volunteer", AccountRole.Ambassador, "Lille", "1000000006"), lille);

        var session = await data.LiveSessionAsync(
            ngo,
            new LiveSessionDetails(Slug, "Food distribution in Lille", "Live from the Saturday distribution.", ["LilleLive"], "Lille, France", 50.6292, 3.0573, now.AddHours(-2)),
            [marie, lille],
            startedAt: now.AddHours(-2));

        var opening = await data.RecordTweetAsync(TweetFactory.Data("1920000000000000001", lille, "We are open! #LilleLive", now.AddMinutes(-110)), lille, session: session);
        await data.RecordTweetAsync(TweetFactory.Data("1920000000000000002", marie, "200 meals already #LilleLive", now.AddMinutes(-90)), marie, session: session);
        await data.RecordTweetAsync(TweetFactory.Data("1920000000000000003", null, "Bravo! #LilleLive", now.AddMinutes(-60), TweetKind.Reply, opening), session: session);
        await data.RecordTweetAsync(TweetFactory.Data("1920000000000000004", hub, "RT @HelpingLille: We are open! #LilleLive", now.AddMinutes(-30), TweetKind.Retweet, opening), hub, session: session);
        await data.RecordTweetAsync(TweetFactory.Data("1920000000000000005", lille, "Closing soon, thank you all #LilleLive", now.AddMinutes(-5)), lille, session: session);
    }
}
