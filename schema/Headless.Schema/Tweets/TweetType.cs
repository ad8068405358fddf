using GraphQL.Types;
using Headless.Domain.Accounts;
using Headless.Domain.LiveSessions;
using Headless.Domain.Tweets;
using Headless.GraphQL.DataLoading;
using Headless.GraphQL.Relay;
using Headless.Schema.Accounts;
using Headless.Schema.Common;

namespace Headless.Schema.Tweets;

public sealed class TweetType : ObjectGraphType<Tweet>
{
    public TweetType()
    {
        Name = "Tweet";
        Description = "A tweet received from X.";
        this.ImplementsNode("Tweet", t => t.Id);
        Field<NonNullGraphType<StringGraphType>>("xId").Description("The tweet's id on X.").Resolve(c => c.Source.XId);
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(c => $"https://x.com/{c.Source.AuthorHandle}/status/{c.Source.XId}");
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<TweetKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("authorXId").Resolve(c => c.Source.AuthorXId);
        Field<NonNullGraphType<StringGraphType>>("authorHandle").Resolve(c => c.Source.AuthorHandle);
        Field<StringGraphType>("authorName").Resolve(c => c.Source.AuthorName);
        Field<TwitterAccountType>("account")
            .Description("The NGO account that wrote it, when it is one.")
            .Resolve(c => c.Source.AccountId is { } id ? c.Service<AccountByIdLoader>().LoadAsync(id) : DataLoaderResult.FromValue<TwitterAccount?>(null));
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<StringGraphType>("language").Resolve(c => c.Source.Language);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("hashtags").Description("Lower case, without '#'.").Resolve(c => c.Source.Hashtags);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("mentions").Description("Mentioned handles, lower case.").Resolve(c => c.Source.Mentions);
        Field<StringGraphType>("referencedTweetXId").Description("The retweeted, quoted or replied-to tweet.").Resolve(c => c.Source.ReferencedTweetXId);
        Field<StringGraphType>("conversationXId").Resolve(c => c.Source.ConversationXId);
        Field<NonNullGraphType<TweetMetricsType>>("metrics").Resolve(c => c.Source.Metrics);
        Field<GeoPointType>("location").Resolve(c => GeoPoint.From(c.Source.Latitude, c.Source.Longitude));
    }
}
