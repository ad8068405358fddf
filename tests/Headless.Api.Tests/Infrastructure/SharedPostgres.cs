using Headless.Testing;

namespace Headless.Api.Tests.Infrastructure;

/// <summary>One PostgreSQL server for the assembly's PostgreSQL tests; each test still creates its own database.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPostgres : ICollectionFixture<PostgresServer>
{
    public const string Name = "Postgres";
}
