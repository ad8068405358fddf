using Headless.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Tests.Support;

/// <summary>Builds context factories the way the application does, through <see cref="ProviderOptionsBuilder"/>.</summary>
public static class ContextFactories
{
    public static HeadlessDbContextFactory For(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<HeadlessDbContext>();
        options.UseHeadlessProvider(provider, connectionString);
        return new HeadlessDbContextFactory(options.Options, provider);
    }
}
