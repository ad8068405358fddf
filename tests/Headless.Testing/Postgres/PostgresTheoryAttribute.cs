
namespace Headless.Testing;

/// <summary>A [Theory] that is skipped when PostgreSQL is not installed, except on CI where it always runs.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        Skip = ServerTestSkip.ReasonForCurrentEnvironment(
            PostgresBinaries.Locate() is not null, PostgresBinaries.MissingMessage);
    }
}
