using GraphQL.Types;
using Headless.GraphQL.Relay;

namespace Headless.GraphQL.Tests.Relay.Library;

/// <summary>Named in its constructor, unlike its CLR name, to prove connection names follow the schema name.</summary>
internal sealed class LibraryBookType : ObjectGraphType<Book>
{
    public LibraryBookType()
    {
        Name = "Book";
        Description = "A book on the shelf.";
        this.ImplementsNode("Book", book => book.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(context => context.Source.Title);
    }
}
