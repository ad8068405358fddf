using GraphQL.Types;
using Headless.Schema.Common;

namespace Headless.Schema.Campaigns;

public sealed class CampaignOrderInputType : InputObjectGraphType<CampaignOrder>
{
    public CampaignOrderInputType()
    {
        Name = "CampaignOrder";
        Field<NonNullGraphType<CampaignOrderFieldType>>("field");
        Field<NonNullGraphType<OrderDirectionType>>("direction");
    }
}
