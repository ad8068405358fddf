using System.Reflection;
using Headless.Data.Providers;
using Headless.Testing;
using Xunit.Sdk;

namespace Headless.Data.Tests.Support;

/// <summary>
/// The PostgreSQL case of a provider theory. Skipped, like <see cref="PostgresFactAttribute"/>, when
/// PostgreSQL is not installed, except on CI where it always runs; the SQLite case runs either way.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute()
    {
        Skip = ServerTestSkip.ReasonForCurrentEnvironment(PostgresBinaries.Locate() is not null, PostgresBinaries.MissingMessage);
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Postgres]];
}
