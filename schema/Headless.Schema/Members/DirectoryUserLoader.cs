using Headless.GraphQL.DataLoading;
using Headless.Schema.Access;

namespace Headless.Schema.Members;

/// <summary>The e-mail and display name of members, fetched from the user directory in one call per request step.</summary>
public sealed class DirectoryUserLoader(IUserDirectory directory) : BatchDataLoader<Guid, DirectoryUser>
{
    protected override Task<IReadOnlyDictionary<Guid, DirectoryUser>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        directory.FindByIdsAsync(keys, cancellationToken);
}
