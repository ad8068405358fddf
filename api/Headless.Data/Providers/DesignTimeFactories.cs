using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Headless.Data.Providers;

// Used by `dotnet ef migrations add` only: the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHeadlessDbContext>
{
    public SqliteHeadlessDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<HeadlessDbContext>().UseHeadlessProvider(DatabaseProvider.Sqlite, "Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresHeadlessDbContext>
{
    public PostgresHeadlessDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<HeadlessDbContext>().UseHeadlessProvider(DatabaseProvider.Postgres, "Host=localhost;Database=design").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerHeadlessDbContext>
{
    public SqlServerHeadlessDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<HeadlessDbContext>().UseHeadlessProvider(DatabaseProvider.SqlServer, "Server=localhost;Database=design;TrustServerCertificate=true").Options);
}
