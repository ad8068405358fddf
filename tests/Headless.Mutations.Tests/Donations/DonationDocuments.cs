using Headless.Mutations.Tests.Support;

namespace Headless.Mutations.Tests.Donations;

internal static class DonationDocuments
{
    private const string DonationFields =
        "donation { id amount { amount currency } platform externalReference donorName isAnonymous refundedAt tier { id availableQuantity } campaign { id progress { raised { amount } donorCount } } }";

    public const string RecordDonation = "mutation($input: RecordDonationInput!) { recordDonation(input: $input) { " + DonationFields + " " + Documents.Errors + " } }";

    public const string RefundDonation = "mutation($input: RefundDonationInput!) { refundDonation(input: $input) { " + DonationFields + " " + Documents.Errors + " } }";

    public const string Progress = "query($id: ID!) { node(id: $id) { ... on Campaign { progress { raised { amount } donorCount } tiers { nodes { id availableQuantity } } } } }";

    public static object RecordInput(
        string campaignId,
        string reference,
        string amount = "25.00",
        string currency = "EUR",
        string? tierId = null,
        string platform = "HELLOASSO",
        string receivedAt = "2026-06-01T11:00:00Z",
        string? donorName = "Camille") => new
    {
        input = new { campaignId, amount = new { amount, currency }, platform, externalReference = reference, tierId, donorName, anonymous = donorName is null, receivedAt },
    };
}
