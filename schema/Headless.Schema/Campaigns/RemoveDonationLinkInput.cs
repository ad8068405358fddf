namespace Headless.Schema.Campaigns;

public sealed record RemoveDonationLinkInput(string LinkId, int? ExpectedVersion);
