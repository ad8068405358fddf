using GraphQL.Types;

namespace Headless.Schema.Campaigns;

public sealed class CampaignInputType : InputObjectGraphType<CampaignInput>
{
    public CampaignInputType()
    {
        Name = "CampaignInput";
        Field<NonNullGraphType<StringGraphType>>("slug");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<StringGraphType>("summary");
        Field<StringGraphType>("description");
        Field<NonNullGraphType<GoalInputType>>("goal");
        Field<NonNullGraphType<DateTimeGraphType>>("startsAt");
        Field<NonNullGraphType<DateTimeGraphType>>("endsAt");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("hashtags").Description("One or more; '#' optional.");
    }
}
