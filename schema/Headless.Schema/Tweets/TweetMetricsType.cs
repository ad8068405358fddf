using GraphQL.Types;
using Headless.Domain.Tweets;

namespace Headless.Schema.Tweets;

public sealed class TweetMetricsType : ObjectGraphType<TweetMetrics>
{
    public TweetMetricsType()
    {
        Name = "TweetMetrics";
        Description = "X's public metrics when the tweet was received.";
        Field<NonNullGraphType<IntGraphType>>("retweetCount").Resolve(c => c.Source.RetweetCount);
        Field<NonNullGraphType<IntGraphType>>("replyCount").Resolve(c => c.Source.ReplyCount);
        Field<NonNullGraphType<IntGraphType>>("likeCount").Resolve(c => c.Source.LikeCount);
        Field<NonNullGraphType<IntGraphType>>("quoteCount").Resolve(c => c.Source.QuoteCount);
        Field<NonNullGraphType<LongGraphType>>("impressionCount").Resolve(c => c.Source.ImpressionCount);
    }
}
