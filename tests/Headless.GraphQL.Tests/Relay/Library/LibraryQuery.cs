using GraphQL;
using GraphQL.Types;
using Headless.GraphQL.Relay;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.GraphQL.Tests.Relay.Library;

internal sealed class LibraryQuery : ObjectGraphType
{
    public static readonly ConnectionOptions ShelfPaging = new() { DefaultPageSize = 3, MaxPageSize = 5 };

    public LibraryQuery()
    {
        Name = "Query";
        this.AddNodeFields(maxNodes: 10);
        Field<NonNullGraphType<ConnectionType<LibraryBookType, Book>>>("books")
            .Description("The books on the shelf, in shelf order.")
            .ConnectionArguments()
            .ResolveAsync(async context =>
            {
                var data = context.RequestServices!.GetRequiredService<LibraryData>();
                return await ConnectionBuilder.BuildAsync<Book>(context, ShelfPaging, data.FetchBooksAsync, data.CountBooksAsync);
            });
    }
}
