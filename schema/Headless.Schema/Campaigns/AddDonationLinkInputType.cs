using GraphQL.Types;

namespace Headless.Schema.Campaigns;

public sealed class AddDonationLinkInputType : InputObjectGraphType<AddDonationLinkInput>
{
    public AddDonationLinkInputType()
    {
        Name = "AddDonationLinkInput";
        Field<NonNullGraphType<IdGraphType>>("campaignId");
        Field<NonNullGraphType<DonationPlatformType>>("platform");
        Field<NonNullGraphType<StringGraphType>>("url").Description("An absolute http(s) URL.");
        Field<StringGraphType>("label");
        Field<IntGraphType>("expectedVersion").Description("The campaign version that was edited; a newer stored version gives a VERSION_CONFLICT error.");
    }
}
