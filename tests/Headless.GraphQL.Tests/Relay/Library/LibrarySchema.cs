using GraphQL;
using GraphQL.Types;

namespace Headless.GraphQL.Tests.Relay.Library;

internal sealed class LibrarySchema : Schema
{
    public LibrarySchema(IServiceProvider services, LibraryQuery query)
        : base(services)
    {
        Query = query;
        this.RegisterType<AuthorGraphType>();
    }
}
