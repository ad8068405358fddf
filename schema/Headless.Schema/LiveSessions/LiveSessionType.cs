using GraphQL.Types;
using Headless.Domain.Accounts;
using Headless.Domain.LiveSessions;
using Headless.GraphQL.DataLoading;
using Headless.GraphQL.Relay;
using Headless.Schema.Accounts;
using Headless.Schema.Common;
using Headless.Schema.Ngos;
using Headless.Schema.Tweets;

namespace Headless.Schema.LiveSessions;

public sealed class LiveSessionType : ObjectGraphType<LiveSession>
{
    public LiveSessionType()
    {
        Name = "LiveSession";
        Description = "Live-tweeting an event from the field: short messages at high frequency under one hashtag, at one place.";
        this.ImplementsNode("LiveSession", s => s.Id);
        Field<NonNullGraphType<StringGraphType>>("slug").Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("hashtags")
            .Description("Hashtags without '#'.")
            .Resolve(c => c.Source.Hashtags.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => h.Text).ToList());
        Field<NonNullGraphType<NgoType>>("ngo").Resolve(c => c.Service<NgoByIdLoader>().LoadAsync(c.Source.NgoId));
        Field<NonNullGraphType<LiveSessionStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("placeName").Resolve(c => c.Source.PlaceName);
        Field<GeoPointType>("location").Resolve(c => GeoPoint.From(c.Source.Latitude, c.Source.Longitude));
        Field<NonNullGraphType<DateTimeGraphType>>("scheduledStartAt").Resolve(c => c.Source.ScheduledStartAt);
        Field<DateTimeGraphType>("startedAt").Resolve(c => c.Source.StartedAt);
        Field<DateTimeGraphType>("endedAt").Resolve(c => c.Source.EndedAt);
        Field<NonNullGraphType<ConnectionType<TwitterAccountType, TwitterAccount>>>("accounts")
            .Description("The accounts that live-tweet the session.")
            .ConnectionArguments()
            .Resolve(c => c.Service<AccountsBySessionLoader>().LoadAsync(c.Source.Id)
                .Then((accounts, _) => QueryableConnection.FromList(c, accounts)));
        Field<NonNullGraphType<ConnectionType<TweetType, Headless.Domain.Tweets.Tweet>>>("tweets")
            .Description("The session's feed, newest first.")
            .Argument<TweetFilterInputType>("filter")
            .ConnectionArguments()
            .ResolveAsync(async c => await TweetConnections.BySessionAsync(c, c.Source.Id));
    }
}
