using Headless.Domain.Common;

namespace Headless.Domain.Campaigns;

// Phases and donation links: the parts of a campaign whose rules depend on the campaign itself.
public sealed partial class Campaign
{
    public CampaignPhase AddPhase(PhaseDetails details)
    {
        EnsureNotArchived();
        var phase = CampaignPhase.Create(Id, details);
        EnsurePhaseFits(phase.StartsAt, phase.EndsAt, except: null);
        _phases.Add(phase);
        Touch();
        return phase;
    }

    public void UpdatePhase(Guid phaseId, PhaseDetails details)
    {
        EnsureNotArchived();
        var phase = _phases.Find(p => p.Id == phaseId)
            ?? throw new DomainRuleException("phaseId", "NOT_FOUND", "No such phase in this campaign.");

        // The probe validates the details without touching the phase, which changes only once they fit.
        var probe = CampaignPhase.Create(Id, details);
        EnsurePhaseFits(probe.StartsAt, probe.EndsAt, except: phaseId);
        phase.Apply(details);
        Touch();
    }

    public void RemovePhase(Guid phaseId)
    {
        EnsureNotArchived();
        if (_phases.RemoveAll(p => p.Id == phaseId) == 0)
        {
            throw new DomainRuleException("phaseId", "NOT_FOUND", "No such phase in this campaign.");
        }

        Touch();
    }

    public CampaignPhase? CurrentPhaseAt(DateTime now) => _phases.Find(p => p.IsActiveAt(now));

    public DonationLink AddDonationLink(DonationPlatform platform, string url, string? label)
    {
        EnsureNotArchived();
        var link = DonationLink.Create(Id, platform, url, label);
        _donationLinks.Add(link);
        Touch();
        return link;
    }

    public void RemoveDonationLink(Guid linkId)
    {
        EnsureNotArchived();
        if (_donationLinks.RemoveAll(l => l.Id == linkId) == 0)
        {
            throw new DomainRuleException("linkId", "NOT_FOUND", "No such donation link in this campaign.");
        }

        Touch();
    }

    private void EnsurePhaseFits(DateTime startsAt, DateTime endsAt, Guid? except)
    {
        if (ViolatedBound([(startsAt, endsAt)], StartsAt, EndsAt) is { } field)
        {
            throw new DomainRuleException(field, "OUTSIDE_CAMPAIGN", "A phase must lie inside the campaign.");
        }

        if (_phases.Any(p => p.Id != except && p.StartsAt < endsAt && startsAt < p.EndsAt))
        {
            throw new DomainRuleException("startsAt", "OVERLAP", "Phases cannot overlap.");
        }
    }
}
