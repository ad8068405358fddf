using Headless.GraphQL.DataLoading;
using Headless.GraphQL.Tests.DataLoading.Family;

namespace Headless.GraphQL.Tests.DataLoading;

public sealed class DataLoaderChainingTests
{
    [Fact]
    public async Task Then_maps_the_loaded_value_without_extra_batches()
    {
        var store = new FamilyStore();
        using var host = FamilyHost.Create(store);

        var response = await host.ExecuteAsync("{ parents(count: 5) { childName child { id } } }");

        response.AssertNoErrors();
        Assert.Single(store.ChildBatches);
        var names = response.Data.GetProperty("parents").EnumerateArray().Select(p => p.GetProperty("childName").GetString());
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"child-{i}"), names);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Then_into_another_load_batches_the_second_level_too(bool serialExecution)
    {
        var store = new FamilyStore();
        using var host = FamilyHost.Create(store, serialExecution);

        var response = await host.ExecuteAsync("{ parents(count: 6) { childsBestFriend { id } } }");

        response.AssertNoErrors();
        Assert.Equal(
            [Enumerable.Range(0, 6).ToArray(), Enumerable.Range(1000, 6).ToArray()],
            store.ChildBatches.Select(batch => batch.Order().ToArray()));
        var ids = response.Data.GetProperty("parents").EnumerateArray()
            .Select(p => p.GetProperty("childsBestFriend").GetProperty("id").GetInt32());
        Assert.Equal(Enumerable.Range(1000, 6), ids);
    }

    [Fact]
    public async Task Typed_callers_can_await_a_chained_result_directly()
    {
        var store = new FamilyStore();
        var loader = new ChildLoader(store);

        var friend = await loader.LoadAsync(4).Then(child => loader.LoadAsync(child!.BestFriendId)).GetResultAsync();
        var upper = await loader.LoadAsync(4).Then((child, _) => Task.FromResult(child!.Name.ToUpperInvariant())).GetResultAsync();

        Assert.Equal(1004, friend?.Id);
        Assert.Equal("CHILD-4", upper);
    }

    [Fact]
    public async Task A_known_value_needs_no_loading()
    {
        var result = DataLoaderResult.FromValue("ready");

        Assert.Equal("ready", await result.GetResultAsync());
        Assert.Equal("ready", await ((global::GraphQL.DataLoader.IDataLoaderResult)result).GetResultAsync());
    }
}
