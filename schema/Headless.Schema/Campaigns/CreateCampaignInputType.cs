using GraphQL.Types;

namespace Headless.Schema.Campaigns;

public sealed class CreateCampaignInputType : InputObjectGraphType<CreateCampaignInput>
{
    public CreateCampaignInputType()
    {
        Name = "CreateCampaignInput";
        Field<NonNullGraphType<IdGraphType>>("ngoId");
        Field<NonNullGraphType<CampaignInputType>>("campaign");
    }
}
