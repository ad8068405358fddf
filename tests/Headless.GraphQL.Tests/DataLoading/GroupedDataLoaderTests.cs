using Headless.GraphQL.Tests.DataLoading.Family;

namespace Headless.GraphQL.Tests.DataLoading;

public sealed class GroupedDataLoaderTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Lists_for_every_parent_are_loaded_in_one_batch(bool serialExecution)
    {
        var store = new FamilyStore();
        using var host = FamilyHost.Create(store, serialExecution);

        var response = await host.ExecuteAsync("{ parents(count: 12) { child { id toys { name } } } }");

        response.AssertNoErrors();
        Assert.Single(store.ChildBatches);
        var batch = Assert.Single(store.ToyBatches);
        Assert.Equal(Enumerable.Range(0, 12), batch.Order());
        foreach (var parent in response.Data.GetProperty("parents").EnumerateArray())
        {
            var child = parent.GetProperty("child");
            var id = child.GetProperty("id").GetInt32();
            var toys = child.GetProperty("toys").EnumerateArray().Select(toy => toy.GetProperty("name").GetString());
            Assert.Equal(Enumerable.Range(0, id % 3).Select(n => $"toy-{id}-{n}"), toys);
        }
    }

    [Fact]
    public async Task A_key_without_values_resolves_to_an_empty_list()
    {
        var store = new FamilyStore();
        var loader = new ToyLoader(store);

        var none = loader.LoadAsync(3);
        var two = loader.LoadAsync(5);

        Assert.Empty(await none.GetResultAsync());
        Assert.Equal(["toy-5-0", "toy-5-1"], (await two.GetResultAsync()).Select(toy => toy.Name));
        Assert.Single(store.ToyBatches);
    }
}
