using GraphQL.Types;
using Headless.Domain.Campaigns;

namespace Headless.Schema.Campaigns;

public sealed class CampaignStatusType : EnumerationGraphType<CampaignStatus>
{
    public CampaignStatusType()
    {
        Name = "CampaignStatus";
    }
}
