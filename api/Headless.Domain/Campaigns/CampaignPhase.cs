using Headless.Domain.Common;

namespace Headless.Domain.Campaigns;

/// <summary>A key relaunch moment of a campaign ("last 48 hours!").</summary>
public sealed class CampaignPhase : Entity
{
    private CampaignPhase()
    {
        Name = string.Empty;
    }

    public Guid CampaignId { get; private set; }

    public string Name { get; private set; }

    public DateTime StartsAt { get; private set; }

    public DateTime EndsAt { get; private set; }

    public string? RelaunchMessage { get; private set; }

    public bool IsActiveAt(DateTime now) => StartsAt <= now && now < EndsAt;

    internal static CampaignPhase Create(Guid campaignId, PhaseDetails details)
    {
        var phase = new CampaignPhase { CampaignId = campaignId };
        phase.Apply(details);
        return phase;
    }

    internal void Apply(PhaseDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);

        // Checked in full first, so a refused change leaves the phase as it was.
        var name = Guard.Required(details.Name, "name", 100);
        var startsAt = Guard.Utc(details.StartsAt, "startsAt");
        var endsAt = Guard.Utc(details.EndsAt, "endsAt");
        Guard.Window(startsAt, endsAt, "endsAt");
        var relaunchMessage = Guard.Optional(details.RelaunchMessage, "relaunchMessage", 280);

        Name = name;
        StartsAt = startsAt;
        EndsAt = endsAt;
        RelaunchMessage = relaunchMessage;
    }
}
