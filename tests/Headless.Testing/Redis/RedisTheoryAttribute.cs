
namespace Headless.Testing;

/// <summary>A [Theory] that is skipped when redis-server is not installed, except on CI where it always runs.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RedisTheoryAttribute : TheoryAttribute
{
    public RedisTheoryAttribute()
    {
        Skip = ServerTestSkip.ReasonForCurrentEnvironment(
            RedisBinaries.Locate() is not null, RedisBinaries.MissingMessage);
    }
}
