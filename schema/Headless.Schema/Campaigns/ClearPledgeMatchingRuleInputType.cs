namespace Headless.Schema.Campaigns;

public sealed class ClearPledgeMatchingRuleInputType : CampaignChangeInputType
{
    public ClearPledgeMatchingRuleInputType()
        : base("ClearPledgeMatchingRuleInput")
    {
    }
}
