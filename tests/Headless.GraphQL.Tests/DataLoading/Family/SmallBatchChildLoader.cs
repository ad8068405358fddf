using Headless.GraphQL.DataLoading;

namespace Headless.GraphQL.Tests.DataLoading.Family;

internal sealed class SmallBatchChildLoader(FamilyStore store) : BatchDataLoader<int, Child>
{
    public const int BatchSize = 4;

    protected override int MaxBatchSize => BatchSize;

    protected override Task<IReadOnlyDictionary<int, Child>> LoadBatchAsync(
        IReadOnlyList<int> keys,
        CancellationToken cancellationToken)
        => store.FindChildrenAsync(keys);
}
