using GraphQL.Types;
using Headless.Domain.Tweets;

namespace Headless.Schema.Tweets;

public sealed class TweetKindType : EnumerationGraphType<TweetKind>
{
    public TweetKindType()
    {
        Name = "TweetKind";
    }
}
