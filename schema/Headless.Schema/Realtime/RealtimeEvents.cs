using Headless.Data.Progress;
using Headless.Events;

namespace Headless.Schema.Realtime;

/// <summary>Publishes the domain's real-time events; call only after the change is committed.</summary>
public sealed class RealtimeEvents(IEventBus bus, CampaignTotalsReader totals)
{
    public Task TweetReceivedAsync(TweetReceived tweet, CancellationToken cancellationToken) =>
        bus.PublishAsync(Topics.Tweets, tweet, cancellationToken);

    public Task LiveSessionUpdatedAsync(Guid sessionId, CancellationToken cancellationToken) =>
        bus.PublishAsync(Topics.LiveSession(sessionId), new LiveSessionUpdated(sessionId), cancellationToken);

    public Task DonationRecordedAsync(Guid donationId, Guid campaignId, CancellationToken cancellationToken) =>
        bus.PublishAsync(Topics.Donations(campaignId), new DonationRecorded(donationId, campaignId), cancellationToken);

    /// <summary>Reads the committed totals of the campaigns and publishes them.</summary>
    public async Task CampaignProgressChangedAsync(IReadOnlyCollection<Guid> campaignIds, CancellationToken cancellationToken)
    {
        if (campaignIds.Count == 0)
        {
            return;
        }

        foreach (var (id, t) in await totals.ReadAsync(campaignIds, cancellationToken))
        {
            await bus.PublishAsync(Topics.CampaignProgress(id), new CampaignProgressChanged(id, t.Raised, t.PledgedBeforeCap, t.DonorCount), cancellationToken);
        }
    }
}
