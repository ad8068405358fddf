using GraphQL.Types;

namespace Headless.Schema.Campaigns.Updates;

public sealed class PostUpdateInputType : InputObjectGraphType<PostUpdateInput>
{
    public PostUpdateInputType()
    {
        Name = "PostUpdateInput";
        Field<NonNullGraphType<IdGraphType>>("campaignId");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("body");
        Field<StringGraphType>("tweetUrl").Description("The tweet that announces it, if any: an absolute http(s) URL.");
    }
}
