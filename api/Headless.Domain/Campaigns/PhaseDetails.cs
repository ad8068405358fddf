namespace Headless.Domain.Campaigns;

public sealed record PhaseDetails(string Name, DateTime StartsAt, DateTime EndsAt, string? RelaunchMessage);
