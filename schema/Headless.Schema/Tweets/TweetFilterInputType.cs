using GraphQL.Types;

namespace Headless.Schema.Tweets;

public sealed class TweetFilterInputType : InputObjectGraphType<TweetFilter>
{
    public TweetFilterInputType()
    {
        Name = "TweetFilter";
        Field<ListGraphType<NonNullGraphType<TweetKindType>>>("kinds").Description("Any of these kinds.");
        Field<DateTimeGraphType>("since").Description("Only tweets created at or after this time.");
    }
}
