namespace Headless.Testing.Tests.Postgres;

/// <summary>One PostgreSQL server for every test class of this assembly that joins the collection.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPostgres : ICollectionFixture<PostgresServer>
{
    public const string Name = "Postgres";
}
