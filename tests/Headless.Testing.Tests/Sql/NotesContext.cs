using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Headless.Testing.Tests.Sql;

/// <summary>A minimal real EF Core model over an in-memory SQLite database the context owns.</summary>
public sealed class NotesContext(DbContextOptions<NotesContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    public static NotesContext Create(Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor interceptor)
    {
        // The in-memory database lives as long as this connection; the context disposes it.
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var options = new DbContextOptionsBuilder<NotesContext>()
            .UseSqlite(connection, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .AddInterceptors(interceptor)
            .Options;
        var context = new NotesContext(options);
        context.Database.EnsureCreated();
        return context;
    }

    public override void Dispose()
    {
        var connection = Database.GetDbConnection();
        base.Dispose();
        connection.Dispose();
    }

    public override async ValueTask DisposeAsync()
    {
        var connection = Database.GetDbConnection();
        await base.DisposeAsync();
        await connection.DisposeAsync();
    }
}
