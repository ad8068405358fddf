namespace Headless.Data.Tests.Support;

/// <summary>A clock that always reads the same UTC instant, so seeded relative times are reproducible.</summary>
public sealed class FixedClock(DateTime utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc));
}
