using Headless.Data.Ingestion;
using Headless.Data.Progress;
using Headless.Data.Providers;
using Headless.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Headless.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database from the <c>Database</c> section: a context factory for the configured
    /// provider, a scoped context, start-up migration and demo seeding when configured.
    /// Interceptors registered as <see cref="IInterceptor"/> services are attached to every context.
    /// </summary>
    public static IHostApplicationBuilder AddHeadlessData(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHeadlessData(builder.Configuration);
        return builder;
    }

    public static IServiceCollection AddHeadlessData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .PostConfigure(o => o.ConnectionString = string.IsNullOrWhiteSpace(o.ConnectionString) ? configuration.GetConnectionString("Headless") : o.ConnectionString)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var builder = new DbContextOptionsBuilder<HeadlessDbContext>();
            builder.UseHeadlessProvider(options.Provider, options.ConnectionString!, options.CommandTimeoutSeconds)
                .AddInterceptors(sp.GetServices<IInterceptor>());
            return new HeadlessDbContextFactory(builder.Options, options.Provider);
        });
        services.AddSingleton<IDbContextFactory<HeadlessDbContext>>(sp => sp.GetRequiredService<HeadlessDbContextFactory>());
        services.AddScoped(sp => sp.GetRequiredService<HeadlessDbContextFactory>().CreateDbContext());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CampaignTotalsReader>();
        services.AddSingleton<TweetIngestor>();
        services.AddSingleton<DemoDataSeeder>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
