using Headless.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data;

/// <summary>Creates the provider's own context type over options built once.</summary>
public sealed class HeadlessDbContextFactory(DbContextOptions<HeadlessDbContext> options, DatabaseProvider provider)
    : IDbContextFactory<HeadlessDbContext>
{
    public DatabaseProvider Provider => provider;

    /// <summary>A context that sees public data plus the private data of <paramref name="ngoIds"/> only.</summary>
    public HeadlessDbContext CreateRestrictedTo(IEnumerable<Guid> ngoIds) => CreateDbContext().RestrictTo(ngoIds);

    public HeadlessDbContext CreateDbContext() => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteHeadlessDbContext(options),
        DatabaseProvider.Postgres => new PostgresHeadlessDbContext(options),
        DatabaseProvider.SqlServer => new SqlServerHeadlessDbContext(options),
        _ => throw new InvalidOperationException($"Unknown database provider {provider}."),
    };
}
