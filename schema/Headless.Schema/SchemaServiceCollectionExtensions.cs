using GraphQL;
using GraphQL.DI;
using Headless.GraphQL.DataLoading;
using Headless.GraphQL.Relay;
using Headless.Schema.Accounts;
using Headless.Schema.Campaigns;
using Headless.Schema.Common;
using Headless.Schema.Members;
using Headless.Schema.Mutations;
using Headless.Schema.Ngos;
using Headless.Schema.Realtime;
using Headless.Schema.Tiers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Schema;

public static class SchemaServiceCollectionExtensions
{
    /// <summary>Registers the schema, its graph types, DataLoaders, node resolvers and page sizes (section <c>GraphQL:Pagination</c>).</summary>
    public static IServiceCollection AddHeadlessSchema(this IServiceCollection services, IConfiguration configuration)
    {
        var pagination = configuration.GetSection("GraphQL:Pagination").Get<ConnectionOptions>() ?? ConnectionOptions.Default;
        pagination.Validate();
        services.AddSingleton(pagination);
        services.AddScoped<ViewerAccessor>();
        services.AddSingleton<IConfigureExecution, ViewerBinding>();
        services.AddSingleton<MutationRunner>();
        services.AddSingleton<RealtimeEvents>();
        services.AddDataLoader<NgoByIdLoader>();
        services.AddDataLoader<AccountByIdLoader>();
        services.AddDataLoader<AccountsByNgoLoader>();
        services.AddDataLoader<AccountsBySessionLoader>();
        services.AddDataLoader<ChildrenByParentLoader>();
        services.AddDataLoader<AmplificationLoader>();
        services.AddDataLoader<CampaignByIdLoader>();
        services.AddDataLoader<CampaignCurrencyLoader>();
        services.AddDataLoader<CampaignProgressLoader>();
        services.AddDataLoader<TiersByCampaignLoader>();
        services.AddDataLoader<TierByIdLoader>();
        services.AddDataLoader<DirectoryUserLoader>();
        services.AddHeadlessNodeResolvers();
        services.AddGraphQL(b => b
            .AddSchema<HeadlessSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(HeadlessSchema).Assembly)
            .AddRelayTypes());
        return services;
    }
}
