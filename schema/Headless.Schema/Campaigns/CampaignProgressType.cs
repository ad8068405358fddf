using GraphQL.Types;
using Headless.Domain.Campaigns;
using Headless.Schema.Common;

namespace Headless.Schema.Campaigns;

public sealed class CampaignProgressType : ObjectGraphType<CampaignProgress>
{
    public CampaignProgressType()
    {
        Name = "CampaignProgress";
        Description = "Where the campaign stands: donations plus matched pledges, against its goal.";
        Field<NonNullGraphType<MoneyType>>("raised").Description("Sum of the recorded donations (refunds excluded).").Resolve(c => c.Source.Raised);
        Field<NonNullGraphType<MoneyType>>("matched").Description("Pledged by the sponsor for engagements, capped.").Resolve(c => c.Source.Matched);
        Field<NonNullGraphType<MoneyType>>("total").Description("Raised plus matched.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<IntGraphType>>("donorCount").Resolve(c => c.Source.DonorCount);
        Field<NonNullGraphType<ExactDecimalGraphType>>("percentage").Description("Percentage of the goal reached (may exceed 100).").Resolve(c => c.Source.Percentage);
        Field<NonNullGraphType<LongGraphType>>("remainingSeconds").Description("Seconds until the campaign ends; 0 once ended.").Resolve(c => (long)c.Source.RemainingTime.TotalSeconds);
        Field<CampaignPhaseType>("currentPhase").Resolve(c => c.Source.CurrentPhase);
    }
}
