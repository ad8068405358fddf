using GraphQL.Types;
using Headless.Domain.Campaigns;
using Headless.Schema.Common;

namespace Headless.Schema.Campaigns;

public sealed class CampaignGoalType : ObjectGraphType<CampaignGoal>
{
    public CampaignGoalType()
    {
        Name = "CampaignGoal";
        Description = "An amount to raise, or a number of donors to reach.";
        Field<NonNullGraphType<GoalTypeType>>("type").Resolve(c => c.Source.Type);
        Field<MoneyType>("amount").Description("Set when the goal is an AMOUNT.").Resolve(c => c.Source.Type == GoalType.Amount ? c.Source.Amount : null);
        Field<IntGraphType>("donors").Description("Set when the goal is a number of DONORS.").Resolve(c => c.Source.Donors);
    }
}
