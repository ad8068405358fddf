using GraphQL.Types;

namespace Headless.Schema.Donations;

public sealed class RefundDonationInputType : InputObjectGraphType<RefundDonationInput>
{
    public RefundDonationInputType()
    {
        Name = "RefundDonationInput";
        Field<NonNullGraphType<IdGraphType>>("donationId");
    }
}
