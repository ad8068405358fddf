using GraphQL.Types;

namespace Headless.Schema.Campaigns;

public sealed class RemoveDonationLinkInputType : InputObjectGraphType<RemoveDonationLinkInput>
{
    public RemoveDonationLinkInputType()
    {
        Name = "RemoveDonationLinkInput";
        Field<NonNullGraphType<IdGraphType>>("linkId");
        Field<IntGraphType>("expectedVersion").Description("The campaign version that was edited; a newer stored version gives a VERSION_CONFLICT error.");
    }
}
