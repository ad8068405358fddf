using Headless.Testing;

namespace Headless.Realtime.Tests.Support;

/// <summary>
/// A [Fact] needing both a PostgreSQL and a Redis server: skipped when either is not installed,
/// except on CI (CI=true), where it always runs and a missing server fails it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresAndRedisFactAttribute : FactAttribute
{
    public PostgresAndRedisFactAttribute()
    {
        var postgres = PostgresBinaries.Locate() is not null;
        var redis = RedisBinaries.Locate() is not null;
        Skip = ServerTestSkip.ReasonForCurrentEnvironment(
            postgres && redis,
            postgres ? RedisBinaries.MissingMessage : PostgresBinaries.MissingMessage);
    }
}
