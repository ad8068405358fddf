using GraphQL.Types;
using Headless.Schema.Campaigns;

namespace Headless.Schema.Campaigns;

public sealed class CampaignOrderFieldType : EnumerationGraphType<CampaignOrderField>
{
    public CampaignOrderFieldType()
    {
        Name = "CampaignOrderField";
    }
}
