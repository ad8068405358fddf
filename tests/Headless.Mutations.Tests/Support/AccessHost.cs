using System.Text.Json.Nodes;
using Headless.Api.Tests.Infrastructure;
using Headless.Data;
using Headless.Schema.Access;
using Headless.Schema.Common;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Headless.Mutations.Tests.Support;

/// <summary>
/// The real host over its own SQLite database, with the user directory and the authorization server
/// replaced by in-database doubles for as long as the host does not provide them. One per test class;
/// each test creates its own NGOs and users, so tests do not depend on each other.
/// </summary>
public sealed class AccessHost : IAsyncLifetime, IAsyncDisposable
{
    private readonly HeadlessApiFactory _api = HeadlessApiFactory.OnSqlite();
    private readonly Action<IServiceCollection> _configure;
    private WebApplicationFactory<Program>? _host;

    public AccessHost()
        : this(_ => { })
    {
    }

    private AccessHost(Action<IServiceCollection> configure)
    {
        _configure = configure;
    }

    public IServiceProvider Services => (_host ?? throw new InvalidOperationException("The host is not started.")).Services;

    public TestData Data => new(Contexts, HeadlessApiFactory.Now);

    public FakeTimeProvider Clock => _api.Clock;

    public HeadlessDbContextFactory Contexts => Services.GetRequiredService<HeadlessDbContextFactory>();

    /// <summary>A host of a test's own, with services replaced by <paramref name="configure"/> (after the doubles are added).</summary>
    public static async Task<AccessHost> StartAsync(Action<IServiceCollection> configure)
    {
        var host = new AccessHost(configure);
        await host.InitializeAsync();
        return host;
    }

    public Task InitializeAsync()
    {
        _host = _api.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.TryAddSingleton<IUserDirectory, InDatabaseUserDirectory>();
            services.TryAddSingleton<IApiClientProvisioner, InDatabaseApiClientProvisioner>();
            _configure(services);
        }));
        _ = _host.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public Task<JsonObject> ExecuteAsync(Viewer viewer, string query, object? variables = null) => Services.ExecuteAsync(viewer, query, variables);

    public Task<JsonObject> DataAsync(Viewer viewer, string query, object? variables = null) => Services.DataAsync(viewer, query, variables);

    /// <summary>An unrestricted context for reading what the database holds.</summary>
    public HeadlessDbContext Db() => Contexts.CreateDbContext();
}
