using Headless.Domain.Campaigns;

namespace Headless.Schema.Campaigns;

/// <summary>The editable details of a phase, shared by add and update.</summary>
public sealed record PhaseInput(string Name, DateTime StartsAt, DateTime EndsAt, string? RelaunchMessage)
{
    public PhaseDetails ToDetails() => new(Name, StartsAt, EndsAt, RelaunchMessage);
}
