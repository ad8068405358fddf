using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Headless.Domain.Donations;
using Headless.Domain.Members;
using Headless.Schema.Campaigns;
using Headless.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Donations;

/// <summary>
/// Records a donation reported by a platform: idempotent on (platform, externalReference), and never
/// overselling a limited tier, even when the same report or the last place's donors arrive at once.
/// </summary>
internal static class DonationRecording
{
    public static async Task<Donation> RecordAsync(MutationContext m, RecordDonationInput input)
    {
        var campaign = await CampaignTargets.LoadAsync(m, input.CampaignId, MemberRole.Admin);
        var tierId = input.TierId is null ? (Guid?)null : m.Id(input.TierId, "DonationTier", "tierId");
        var amount = InputFields.Under("amount", () => new Money(input.Amount.Amount, input.Amount.Currency));
        var reference = Guard.Required(input.ExternalReference, "externalReference", 200);
        var details = new DonationDetails(amount, input.Platform, reference, tierId, input.DonorName, input.Anonymous ?? false, input.ReceivedAt);

        var (donation, created) = await ConcurrentAttempts.SaveAsync(m, () => AttemptAsync(m, campaign, details));

        // A replay changed nothing, so it leaves no audit entry either.
        if (created)
        {
            m.Audit(campaign.NgoId, "Donation", donation.Id);
            m.Publish(async (events, ct) =>
            {
                await events.DonationRecordedAsync(donation.Id, campaign.Id, ct);
                await events.CampaignProgressChangedAsync([campaign.Id], ct);
            });
        }

        return donation;
    }

    private static async Task<(Donation Donation, bool Created)> AttemptAsync(MutationContext m, Campaign campaign, DonationDetails details)
    {
        var recorded = await m.Db.Donations.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Platform == details.Platform && d.ExternalReference == details.ExternalReference, m.CancellationToken);
        if (recorded is not null)
        {
            return (Replayed(m, recorded, campaign, details), false);
        }

        EditableCampaigns.EnsureNotArchived(m, campaign);
        var donation = Donation.Record(campaign, details, m.Now);
        if (details.TierId is { } tierId)
        {
            await ClaimPlaceAsync(m, campaign, tierId, donation);
        }

        m.Db.Donations.Add(donation);
        return (donation, true);
    }

    /// <summary>The same report again is answered with what was recorded; a different donation under the same reference is refused.</summary>
    private static Donation Replayed(MutationContext m, Donation recorded, Campaign campaign, DonationDetails details)
    {
        var same = recorded.CampaignId == campaign.Id
            && recorded.Amount == details.Amount.Amount
            && recorded.Currency == details.Amount.Currency
            && recorded.TierId == details.TierId;
        return same
            ? recorded
            : throw new MutationFailedException(new ConflictError(
                $"{m.Operation}: {details.Platform} already reported a different donation under this externalReference.", "DUPLICATE_REFERENCE"));
    }

    private static async Task ClaimPlaceAsync(MutationContext m, Campaign campaign, Guid tierId, Donation donation)
    {
        var tier = await TierPlaces.LockAsync(m, tierId, campaign.Id)
            ?? throw new MutationFailedException(new NotFoundError($"{m.Operation}: no such tier in this campaign."));
        try
        {
            // At the time the platform received it: a donation made before the tier ended still counts.
            tier.Claim(donation.Amount, donation.ReceivedAt);
        }
        catch (DomainRuleException rule) when (rule.Code == "SOLD_OUT")
        {
            // Not a mistake in the input: the last place went to someone else.
            throw new MutationFailedException(new ConflictError($"{m.Operation}: {rule.Message}", "SOLD_OUT"));
        }
        catch (DomainRuleException rule) when (rule.Field == "amount")
        {
            throw new DomainRuleException("amount.amount", rule.Code, rule.Message);
        }
    }
}
