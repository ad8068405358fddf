using GraphQL.Types;
using Headless.Schema.Campaigns;

namespace Headless.Schema;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddCampaignMutations();
    }
}
