using Headless.Domain.Common;

namespace Headless.Domain.Campaigns;

// Phases and donation links: the parts of a campaign whose rules depend on the campaign itself.
public sealed partial class Campaign
{
    public CampaignPhase AddPhase(PhaseDetails details)
    {
        var phase = CampaignPhase.Create(Id, details);
        EnsurePhaseFits(phase.StartsAt, phase.EndsAt, except: null);
        _phases.Add(phase);
        Touch();
        return phase;
    }

    public void UpdatePhase(Guid phaseId, PhaseDetails details)
    {
        var phase = _phases.Find(p => p.Id == phaseId)
            ?? throw new DomainRuleException("phaseId", "NOT_FOUND", "No such phase in this campaign.");
        var probe = CampaignPhase.Create(Id, details);
        EnsurePhaseFits(probe.StartsAt, probe.EndsAt, except: phaseId);
        phase.Apply(details);
        Touch();
    }

    public void RemovePhase(Guid phaseId)
    {
        if (_phases.RemoveAll(p => p.Id == phaseId) == 0)
        {
            throw new DomainRuleException("phaseId", "NOT_FOUND", "No such phase in this campaign.");
        }

        Touch();
    }

    public CampaignPhase? CurrentPhaseAt(DateTime now) => _phases.Find(p => p.IsActiveAt(now));

    public DonationLink AddDonationLink(DonationPlatform platform, string url, string? label)
    {
        var link = DonationLink.Create(Id, platform, url, label);
        _donationLinks.Add(link);
        Touch();
        return link;
    }

    public void RemoveDonationLink(Guid linkId)
    {
        if (_donationLinks.RemoveAll(l => l.Id == linkId) == 0)
        {
            throw new DomainRuleException("linkId", "NOT_FOUND", "No such donation link in this campaign.");
        }

        Touch();
    }

    private void EnsurePhaseFits(DateTime startsAt, DateTime endsAt, Guid? except)
    {
        if (startsAt < StartsAt || endsAt > EndsAt)
        {
            throw new DomainRuleException("startsAt", "OUTSIDE_CAMPAIGN", "A phase must lie inside the campaign.");
        }

        if (_phases.Any(p => p.Id != except && p.StartsAt < endsAt && startsAt < p.EndsAt))
        {
            throw new DomainRuleException("startsAt", "OVERLAP", "Phases cannot overlap.");
        }
    }
}
