using Headless.GraphQL.DataLoading;

namespace Headless.GraphQL.Tests.DataLoading.Family;

internal sealed class ToyLoader(FamilyStore store) : GroupedDataLoader<int, Toy>
{
    protected override Task<ILookup<int, Toy>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        => store.FindToysAsync(keys);
}
