namespace Headless.Domain.Tests.Support;

/// <summary>Fixed UTC instants, so no test depends on the clock.</summary>
internal static class Utc
{
    public static DateTime March(int day, int hour = 0, int minute = 0) =>
        new(2025, 3, day, hour, minute, 0, DateTimeKind.Utc);

    public static DateTime LocalTime() => new(2025, 3, 1, 12, 0, 0, DateTimeKind.Local);

    public static DateTime Unspecified() => new(2025, 3, 1, 12, 0, 0, DateTimeKind.Unspecified);
}
