namespace Headless.Data.Tests.Support;

/// <summary>
/// One <see cref="TestDatabases"/> for the whole assembly: a single PostgreSQL server, started on
/// first use, and a folder for the SQLite files. Each test still creates its own database.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedDatabases : ICollectionFixture<TestDatabases>
{
    public const string Name = "Databases";
}
