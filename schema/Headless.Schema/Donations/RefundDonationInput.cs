namespace Headless.Schema.Donations;

public sealed record RefundDonationInput(string DonationId);
