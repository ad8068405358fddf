namespace Headless.Schema.Realtime;

public sealed record DonationRecorded(Guid DonationId, Guid CampaignId);
