using Headless.GraphQL.DataLoading;

namespace Headless.GraphQL.Tests.DataLoading.Family;

internal sealed class ChildLoader(FamilyStore store) : BatchDataLoader<int, Child>
{
    protected override async Task<IReadOnlyDictionary<int, Child>> LoadBatchAsync(
        IReadOnlyList<int> keys,
        CancellationToken cancellationToken)
    {
        await Task.Yield();
        return await store.FindChildrenAsync(keys);
    }
}
