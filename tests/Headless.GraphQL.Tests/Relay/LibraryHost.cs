using Headless.GraphQL.Relay;
using Headless.GraphQL.Tests.Relay.Library;
using Headless.GraphQL.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.GraphQL.Tests.Relay;

internal static class LibraryHost
{
    public static GraphQLTestHost<LibrarySchema> Create(LibraryData data)
        => new(services => services
            .AddSingleton(data)
            .AddScoped<INodeResolver, BookNodeResolver>()
            .AddScoped<INodeResolver, AuthorNodeResolver>());
}
