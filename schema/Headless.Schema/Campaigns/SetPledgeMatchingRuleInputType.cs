using GraphQL.Types;
using Headless.Schema.Common;

namespace Headless.Schema.Campaigns;

public sealed class SetPledgeMatchingRuleInputType : InputObjectGraphType<SetPledgeMatchingRuleInput>
{
    public SetPledgeMatchingRuleInputType()
    {
        Name = "SetPledgeMatchingRuleInput";
        Description = "A sponsor's pledge per engagement with the campaign's hashtags. Amounts are in the campaign's currency.";
        Field<NonNullGraphType<IdGraphType>>("campaignId");
        Field<NonNullGraphType<StringGraphType>>("sponsorName");
        Field<ExactDecimalGraphType>("perRetweet").Description("Pledged per retweet; 0 when left out.");
        Field<ExactDecimalGraphType>("perReply").Description("Pledged per reply; 0 when left out.");
        Field<ExactDecimalGraphType>("perQuote").Description("Pledged per quote; 0 when left out.");
        Field<NonNullGraphType<ExactDecimalGraphType>>("cap").Description("The most the sponsor gives in all.");
        Field<BooleanGraphType>("oncePerAuthor").Description("Count each author's engagements once; false when left out.");
        Field<NonNullGraphType<DateTimeGraphType>>("startsAt").Description("The pledge window, inside the campaign.");
        Field<NonNullGraphType<DateTimeGraphType>>("endsAt");
        Field<IntGraphType>("expectedVersion").Description("The campaign version that was edited; a newer stored version gives a VERSION_CONFLICT error.");
    }
}
