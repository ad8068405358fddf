using Headless.Domain.Donations;
using Headless.Domain.Members;
using Headless.Schema.Campaigns;
using Headless.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Donations;

/// <summary>Marks a donation refunded and gives its limited tier place back.</summary>
internal static class DonationRefunding
{
    public static async Task<Donation> RefundAsync(MutationContext m, RefundDonationInput input)
    {
        var id = m.Id(input.DonationId, "Donation", "donationId");

        // Locked and retried like recording: a donor may be claiming a place of the same tier right now.
        var (donation, ngoId) = await ConcurrentAttempts.SaveAsync(m, async () =>
        {
            var target = m.Found(
                await m.Db.Donations.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.CampaignId, d.TierId }).FirstOrDefaultAsync(m.CancellationToken),
                "donation");
            var campaign = await CampaignTargets.LoadByIdAsync(m, target.CampaignId, MemberRole.Admin);
            var tier = target.TierId is { } tierId
                ? await TierPlaces.LockAsync(m, tierId, target.CampaignId) ?? throw new InvalidOperationException("A donation's tier is never deleted.")
                : null;

            // Read once the tier is locked: a concurrent refund of the same donation has committed by then, and
            // shows as ALREADY_REFUNDED instead of giving the place back twice.
            var donation = await m.Db.Donations.FirstAsync(d => d.Id == id, m.CancellationToken);
            donation.Refund(m.Now);
            tier?.Release();
            return (donation, campaign.NgoId);
        });
        m.Audit(ngoId, "Donation", donation.Id);
        m.Publish((events, ct) => events.CampaignProgressChangedAsync([donation.CampaignId], ct));
        return donation;
    }
}
