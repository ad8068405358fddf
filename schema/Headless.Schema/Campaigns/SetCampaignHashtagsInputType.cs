using GraphQL.Types;

namespace Headless.Schema.Campaigns;

public sealed class SetCampaignHashtagsInputType : InputObjectGraphType<SetCampaignHashtagsInput>
{
    public SetCampaignHashtagsInputType()
    {
        Name = "SetCampaignHashtagsInput";
        Field<NonNullGraphType<IdGraphType>>("campaignId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("hashtags").Description("The whole new set: one or more, '#' optional, duplicates ignored whatever their case.");
        Field<IntGraphType>("expectedVersion").Description("The version that was edited; a newer stored version gives a VERSION_CONFLICT error.");
    }
}
