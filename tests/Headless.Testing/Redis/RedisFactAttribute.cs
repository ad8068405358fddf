
namespace Headless.Testing;

/// <summary>A [Fact] that is skipped when redis-server is not installed, except on CI where it always runs.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        Skip = ServerTestSkip.ReasonForCurrentEnvironment(
            RedisBinaries.Locate() is not null, RedisBinaries.MissingMessage);
    }
}
