using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Providers;

/// <summary>Points EF Core at the configured provider, with the provider's own migrations history.</summary>
public static class ProviderOptionsBuilder
{
    public static DbContextOptionsBuilder UseHeadlessProvider(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, int commandTimeoutSeconds = 30)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.CommandTimeout(commandTimeoutSeconds)),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString, o => o.CommandTimeout(commandTimeoutSeconds)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.CommandTimeout(commandTimeoutSeconds).EnableRetryOnFailure()),
            _ => throw new InvalidOperationException($"Unknown database provider {provider}."),
        };
    }

    public static bool IsSqlite(this DatabaseProvider provider) => provider == DatabaseProvider.Sqlite;
}
