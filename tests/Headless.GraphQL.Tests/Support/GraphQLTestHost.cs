using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQLParser.AST;
using Headless.GraphQL.Relay;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.GraphQL.Tests.Support;

/// <summary>Builds a schema in a fresh container and executes documents against it, one scope per request.</summary>
internal sealed class GraphQLTestHost<TSchema> : IDisposable
    where TSchema : class, ISchema
{
    private readonly ServiceProvider _provider;

    public GraphQLTestHost(Action<IServiceCollection> configureServices, bool serialExecution = false)
    {
        var services = new ServiceCollection();
        configureServices(services);
        services.AddGraphQL(builder =>
        {
            builder.AddSchema<TSchema>()
                .AddSystemTextJson()
                .AddGraphTypes(typeof(GraphQLTestHost<>).Assembly)
                .AddRelayTypes();
            if (serialExecution)
            {
                builder.AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query);
            }
        });
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public IServiceProvider Services => _provider;

    public ISchema Schema => _provider.GetRequiredService<TSchema>();

    public async Task<GraphQLResponse> ExecuteAsync(string query, object? variables = null)
    {
        using var scope = _provider.CreateScope();
        var executer = _provider.GetRequiredService<IDocumentExecuter<TSchema>>();
        var serializer = _provider.GetRequiredService<IGraphQLTextSerializer>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(serializer.Serialize(variables)),
            RequestServices = scope.ServiceProvider,
        });
        return GraphQLResponse.Parse(serializer.Serialize(result));
    }

    public void Dispose() => _provider.Dispose();
}
