namespace Headless.Data.Tests.Support;

/// <summary>Fixed UTC instants: whole seconds, so every provider stores them without rounding.</summary>
public static class TestTimes
{
    public static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime CampaignStart = new(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime CampaignEnd = new(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);
}
