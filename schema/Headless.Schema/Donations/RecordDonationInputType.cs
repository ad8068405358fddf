using GraphQL.Types;
using Headless.Schema.Campaigns;

namespace Headless.Schema.Donations;

public sealed class RecordDonationInputType : InputObjectGraphType<RecordDonationInput>
{
    public RecordDonationInputType()
    {
        Name = "RecordDonationInput";
        Description = "A donation collected on a platform. Sending the same platform and externalReference again returns the donation already recorded.";
        Field<NonNullGraphType<IdGraphType>>("campaignId");
        Field<NonNullGraphType<MoneyInputType>>("amount").Description("In the campaign's currency; within the tier's amounts when a tier is given.");
        Field<NonNullGraphType<DonationPlatformType>>("platform");
        Field<NonNullGraphType<StringGraphType>>("externalReference").Description("The platform's own id of the donation: the idempotency key.");
        Field<IdGraphType>("tierId").Description("A tier of the campaign; takes one of its places when its quantity is limited.");
        Field<StringGraphType>("donorName").Description("The name the donor chose to show.");
        Field<BooleanGraphType>("anonymous").Description("Hide the donor's name; false when left out.");
        Field<NonNullGraphType<DateTimeGraphType>>("receivedAt").Description("When the platform received it.");
    }
}
