
namespace Headless.Testing;

/// <summary>A [Fact] that is skipped when PostgreSQL is not installed, except on CI where it always runs.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = ServerTestSkip.ReasonForCurrentEnvironment(
            PostgresBinaries.Locate() is not null, PostgresBinaries.MissingMessage);
    }
}
