using GraphQL.Types;

namespace Headless.Schema.Campaigns.Updates;

public sealed class EditUpdateInputType : InputObjectGraphType<EditUpdateInput>
{
    public EditUpdateInputType()
    {
        Name = "EditUpdateInput";
        Field<NonNullGraphType<IdGraphType>>("updateId");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("body");
        Field<StringGraphType>("tweetUrl").Description("The tweet that announces it, if any: an absolute http(s) URL.");
    }
}
