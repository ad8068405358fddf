using GraphQL;
using Headless.GraphQL.Relay;

namespace Headless.GraphQL.Tests.Relay.Library;

/// <summary>Refetches books, leaving out restricted ones as an authorization check would.</summary>
internal sealed class BookNodeResolver(LibraryData data) : INodeResolver
{
    public string TypeName => "Book";

    public Task<IReadOnlyDictionary<Guid, object>> ResolveAsync(
        IReadOnlyList<Guid> ids,
        IResolveFieldContext context,
        CancellationToken cancellationToken)
    {
        data.NodeLookups.Enqueue((TypeName, [.. ids]));
        IReadOnlyDictionary<Guid, object> found = data.Books
            .Where(book => ids.Contains(book.Id) && !book.Restricted)
            .ToDictionary(book => book.Id, object (book) => book);
        return Task.FromResult(found);
    }
}
