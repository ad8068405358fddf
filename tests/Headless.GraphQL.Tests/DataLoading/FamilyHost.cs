using Headless.GraphQL.DataLoading;
using Headless.GraphQL.Tests.DataLoading.Family;
using Headless.GraphQL.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.GraphQL.Tests.DataLoading;

internal static class FamilyHost
{
    public static GraphQLTestHost<FamilySchema> Create(FamilyStore store, bool serialExecution = false)
        => new(
            services => services
                .AddSingleton(store)
                .AddDataLoader<ChildLoader>()
                .AddDataLoader<SmallBatchChildLoader>()
                .AddDataLoader<ToyLoader>(),
            serialExecution);
}
