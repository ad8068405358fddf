namespace Headless.Data.Tests.Support;

public static class ContextFactoryExtensions
{
    /// <summary>Adds the entities in a context of their own, so later reads cannot be served from its change tracker.</summary>
    public static async Task SaveAsync(this HeadlessDbContextFactory contexts, params object[] entities)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var db = contexts.CreateDbContext();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }
}
