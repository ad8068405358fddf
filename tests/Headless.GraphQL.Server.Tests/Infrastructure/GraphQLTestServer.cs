using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.GraphQL.Server.Tests.Infrastructure;

/// <summary>A real ASP.NET Core app on TestServer with the test schema mapped at /graphql.</summary>
public sealed class GraphQLTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestServer(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public ValidationRunCounter ValidationRuns => _app.Services.GetRequiredService<ValidationRunCounter>();

    public static async Task<GraphQLTestServer> StartAsync(
        Action<GraphQLServerOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        IDictionary<string, string?>? configuration = null)
    {
        var builder = WebApplication.CreateBuilder();
        if (configuration is not null)
        {
            builder.Configuration.AddInMemoryCollection(configuration);
        }

        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<MutationCounter>();
        builder.Services.AddSingleton<ValidationRunCounter>();
        builder.Services.AddGraphQL(b => b
            .AddSchema<TestSchema>()
            .AddGraphTypes(typeof(TestSchema).Assembly)
            .AddSystemTextJson()
            .AddValidationRule<ValidationRunCounter>());
        builder.Services.AddHeadlessGraphQLServer(configure);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapGraphQLHttp<TestSchema>();
        await app.StartAsync();
        return new GraphQLTestServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
