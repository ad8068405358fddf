using GraphQL.Types;
using Headless.Domain.Donations;
using Headless.Schema.Mutations;

namespace Headless.Schema.Donations;

/// <summary>Donations collected on the platforms, recorded back (ADMIN). Headless never charges anyone.</summary>
internal static class DonationMutations
{
    public static void AddDonationMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<RecordDonationInputType, RecordDonationInput, DonationType, Donation>(
            "recordDonation",
            "Records a donation a platform reported (ADMIN). Idempotent: the same platform and externalReference return the donation already recorded. " +
            "A limited tier that has no place left gives a SOLD_OUT conflict.",
            "donation",
            DonationRecording.RecordAsync);

        mutation.AddMutation<RefundDonationInputType, RefundDonationInput, DonationType, Donation>(
            "refundDonation", "Marks a donation refunded (ADMIN): it leaves the totals and gives its tier place back.", "donation",
            DonationRefunding.RefundAsync);
    }
}
