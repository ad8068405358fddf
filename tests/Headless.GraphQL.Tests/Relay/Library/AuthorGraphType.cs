using GraphQL.Types;
using Headless.GraphQL.Relay;

namespace Headless.GraphQL.Tests.Relay.Library;

internal sealed class AuthorGraphType : ObjectGraphType<Author>
{
    public AuthorGraphType()
    {
        Name = "Author";
        this.ImplementsNode("Author", author => author.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
    }
}
