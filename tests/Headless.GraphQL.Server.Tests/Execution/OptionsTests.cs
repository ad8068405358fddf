using Headless.GraphQL.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Headless.GraphQL.Server.Tests.Execution;

public sealed class OptionsTests
{
    [Fact]
    public void The_defaults_are_the_documented_limits()
    {
        var options = new GraphQLServerOptions();

        Assert.Equal(64 * 1024, options.MaxDocumentBytes);
        Assert.Equal(10, options.MaxBatchSize);
        Assert.Equal(TimeSpan.FromSeconds(30), options.ExecutionTimeout);
        Assert.Equal(15, options.MaxDepth);
        Assert.Equal(1000, options.MaxComplexity);
        Assert.Equal(30, options.MaxAliases);
        Assert.Equal(500, options.DocumentCacheSize);
        Assert.False(options.ExposeExceptionDetails);
        Assert.True(options.EnableIntrospection);
        Assert.True(options.EnableSuggestions);
        Assert.False(options.EnableGraphiQL);
        Assert.True(options.EnableWebSockets);
        Assert.True(options.EnableServerSentEvents);
        Assert.Equal(TimeSpan.FromSeconds(10), options.ConnectionInitTimeout);
        Assert.Equal(TimeSpan.FromSeconds(15), options.KeepAliveInterval);
        Assert.Equal(1000, options.MaxOutboundQueue);
        Assert.Equal(10_000, options.MaxConnections);
        Assert.Equal(100, options.MaxOperationsPerConnection);
        Assert.Equal(64 * 1024, options.MaxMessageBytes);
    }

    [Theory]
    [InlineData(nameof(GraphQLServerOptions.MaxOutboundQueue))]
    [InlineData(nameof(GraphQLServerOptions.MaxConnections))]
    [InlineData(nameof(GraphQLServerOptions.MaxOperationsPerConnection))]
    [InlineData(nameof(GraphQLServerOptions.MaxMessageBytes))]
    [InlineData(nameof(GraphQLServerOptions.ConnectionInitTimeout))]
    public async Task An_invalid_real_time_limit_stops_the_app_at_start(string option)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => GraphQLTestServer.StartAsync(o =>
        {
            switch (option)
            {
                case nameof(GraphQLServerOptions.MaxOutboundQueue): o.MaxOutboundQueue = 0; break;
                case nameof(GraphQLServerOptions.MaxConnections): o.MaxConnections = 0; break;
                case nameof(GraphQLServerOptions.MaxOperationsPerConnection): o.MaxOperationsPerConnection = 0; break;
                case nameof(GraphQLServerOptions.MaxMessageBytes): o.MaxMessageBytes = 0; break;
                default: o.ConnectionInitTimeout = TimeSpan.Zero; break;
            }
        }));

        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_are_bound_from_the_GraphQL_configuration_section()
    {
        await using var server = await GraphQLTestServer.StartAsync(configuration: new Dictionary<string, string?>
        {
            ["GraphQL:MaxBatchSize"] = "3",
            ["GraphQL:EnableGraphiQL"] = "true",
            ["GraphQL:ExecutionTimeout"] = "00:00:05",
        });

        var options = server.Services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;

        Assert.Equal(3, options.MaxBatchSize);
        Assert.True(options.EnableGraphiQL);
        Assert.Equal(TimeSpan.FromSeconds(5), options.ExecutionTimeout);
    }

    [Fact]
    public async Task Invalid_options_stop_the_app_at_start()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => GraphQLTestServer.StartAsync(o => o.MaxBatchSize = 0));

        Assert.Contains(nameof(GraphQLServerOptions.MaxBatchSize), error.Message, StringComparison.Ordinal);
    }
}
