using GraphQL.DataLoader;
using Headless.GraphQL.Tests.DataLoading.Family;

namespace Headless.GraphQL.Tests.DataLoading;

public sealed class DataLoaderConcurrencyTests
{
    [Fact]
    public async Task Keys_queued_from_many_threads_are_fetched_once_each()
    {
        const int distinctKeys = 300;
        var store = new FamilyStore();
        var loader = new ChildLoader(store);
        var pending = new System.Collections.Concurrent.ConcurrentBag<(int Key, IDataLoaderResult<Child?> Result)>();

        Parallel.For(0, 8, worker =>
        {
            for (var i = 0; i < distinctKeys; i++)
            {
                var key = (i * 7 + worker) % distinctKeys;
                pending.Add((key, loader.LoadAsync(key)));
            }
        });
        var values = await Task.WhenAll(pending.Select(entry => Task.Run(async () => (entry.Key, Child: await entry.Result.GetResultAsync()))));

        var batch = Assert.Single(store.ChildBatches);
        Assert.Equal(Enumerable.Range(0, distinctKeys), batch.Order());
        Assert.Equal(8 * distinctKeys, values.Length);
        Assert.All(values, value => Assert.Equal($"child-{value.Key}", value.Child?.Name));
    }

    [Fact]
    public async Task Parallel_execution_of_nested_lists_batches_each_loader_once_per_level()
    {
        var store = new FamilyStore();
        using var host = FamilyHost.Create(store);

        var response = await host.ExecuteAsync(
            "{ a: parents(count: 40) { child { toys { name } } } b: parents(count: 40, distinctChildren: 20) { child { name } } }");

        response.AssertNoErrors();
        var batch = Assert.Single(store.ChildBatches);
        Assert.Equal(Enumerable.Range(0, 40), batch.Order());
        Assert.Single(store.ToyBatches);
    }
}
