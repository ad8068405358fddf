using Headless.GraphQL.Tests.DataLoading.Family;

namespace Headless.GraphQL.Tests.DataLoading;

public sealed class BatchDataLoaderTests
{
    public static TheoryData<int, bool> ParentCountsAndStrategies => new()
    {
        { 1, false }, { 10, false }, { 50, false },
        { 1, true }, { 10, true }, { 50, true },
    };

    [Theory]
    [MemberData(nameof(ParentCountsAndStrategies))]
    public async Task A_list_of_parents_loads_all_children_in_one_batch(int parents, bool serialExecution)
    {
        var store = new FamilyStore();
        using var host = FamilyHost.Create(store, serialExecution);

        var response = await host.ExecuteAsync(
            "query($n: Int!) { parents(count: $n) { id child { id name } } }",
            new { n = parents });

        response.AssertNoErrors();
        var batch = Assert.Single(store.ChildBatches);
        Assert.Equal(Enumerable.Range(0, parents), batch.Order());
        var items = response.Data.GetProperty("parents").EnumerateArray().ToArray();
        Assert.Equal(parents, items.Length);
        foreach (var item in items)
        {
            var id = item.GetProperty("id").GetInt32();
            Assert.Equal($"child-{id}", item.GetProperty("child").GetProperty("name").GetString());
        }
    }

    [Fact]
    public async Task Repeated_keys_are_fetched_once()
    {
        var store = new FamilyStore();
        using var host = FamilyHost.Create(store);

        var response = await host.ExecuteAsync("{ parents(count: 30, distinctChildren: 3) { child { name } } }");

        response.AssertNoErrors();
        var batch = Assert.Single(store.ChildBatches);
        Assert.Equal([0, 1, 2], batch.Order());
        var names = response.Data.GetProperty("parents").EnumerateArray()
            .Select(item => item.GetProperty("child").GetProperty("name").GetString());
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"child-{i % 3}"), names);
    }

    [Fact]
    public async Task A_key_without_a_value_resolves_to_null()
    {
        var store = new FamilyStore();
        store.MissingChildIds.Add(1);
        using var host = FamilyHost.Create(store);

        var response = await host.ExecuteAsync("{ parents(count: 3) { child { name } } }");

        response.AssertNoErrors();
        var children = response.Data.GetProperty("parents").EnumerateArray()
            .Select(item => item.GetProperty("child")).ToArray();
        Assert.Equal("child-0", children[0].GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, children[1].ValueKind);
        Assert.Equal("child-2", children[2].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Keys_loaded_before_are_served_from_the_cache()
    {
        var store = new FamilyStore();
        var loader = new ChildLoader(store);

        var initial = new[] { loader.LoadAsync(1), loader.LoadAsync(2) };
        var first = await Task.WhenAll(initial.Select(result => result.GetResultAsync()));
        var second = new[] { loader.LoadAsync(2), loader.LoadAsync(3) };
        var secondValues = await Task.WhenAll(second.Select(result => result.GetResultAsync()));

        Assert.Equal(["child-1", "child-2"], first.Select(child => child!.Name));
        Assert.Equal(["child-2", "child-3"], secondValues.Select(child => child!.Name));
        Assert.Equal([[1, 2], [3]], store.ChildBatches.Select(batch => batch.Order().ToArray()));
    }

    [Fact]
    public async Task Each_request_scope_has_its_own_cache()
    {
        var store = new FamilyStore();
        using var host = FamilyHost.Create(store);

        (await host.ExecuteAsync("{ parents(count: 2) { child { name } } }")).AssertNoErrors();
        (await host.ExecuteAsync("{ parents(count: 2) { child { name } } }")).AssertNoErrors();

        Assert.Equal(2, store.ChildBatches.Count);
    }

    [Fact]
    public async Task Queues_larger_than_the_batch_size_are_split()
    {
        var store = new FamilyStore();
        using var host = FamilyHost.Create(store);

        var response = await host.ExecuteAsync("{ parents(count: 10) { childInSmallBatches { id } } }");

        response.AssertNoErrors();
        Assert.Equal([4, 4, 2], store.ChildBatches.Select(batch => batch.Length));
        Assert.Equal(Enumerable.Range(0, 10), store.ChildBatches.SelectMany(batch => batch).Order());
        var ids = response.Data.GetProperty("parents").EnumerateArray()
            .Select(item => item.GetProperty("childInSmallBatches").GetProperty("id").GetInt32());
        Assert.Equal(Enumerable.Range(0, 10), ids);
    }
}
