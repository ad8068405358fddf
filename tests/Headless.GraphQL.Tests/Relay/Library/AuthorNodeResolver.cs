using GraphQL;
using Headless.GraphQL.Relay;

namespace Headless.GraphQL.Tests.Relay.Library;

internal sealed class AuthorNodeResolver(LibraryData data) : INodeResolver
{
    public string TypeName => "Author";

    public Task<IReadOnlyDictionary<Guid, object>> ResolveAsync(
        IReadOnlyList<Guid> ids,
        IResolveFieldContext context,
        CancellationToken cancellationToken)
    {
        data.NodeLookups.Enqueue((TypeName, [.. ids]));
        IReadOnlyDictionary<Guid, object> found = data.Authors
            .Where(author => ids.Contains(author.Id))
            .ToDictionary(author => author.Id, object (author) => author);
        return Task.FromResult(found);
    }
}
