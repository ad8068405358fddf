using System.Text.Json;
using Headless.GraphQL.Tests.DataLoading.Family;

namespace Headless.GraphQL.Tests.DataLoading;

public sealed class DataLoaderFailureTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_failing_batch_fails_every_field_of_that_batch(bool serialExecution)
    {
        var store = new FamilyStore { Unavailable = true };
        using var host = FamilyHost.Create(store, serialExecution);

        var response = await host.ExecuteAsync("{ parents(count: 4) { id child { name } } }");

        Assert.Single(store.ChildBatches);
        Assert.Equal(4, response.Errors.Count);
        var paths = response.Errors.Select(error => error.GetProperty("path").ToString()).Order();
        Assert.Equal(Enumerable.Range(0, 4).Select(i => $"[\"parents\",{i},\"child\"]"), paths);
        foreach (var parent in response.Data.GetProperty("parents").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.Null, parent.GetProperty("child").ValueKind);
        }
    }

    [Fact]
    public async Task A_failed_batch_does_not_poison_later_loads_of_the_same_keys()
    {
        var store = new FamilyStore { Unavailable = true };
        var loader = new ChildLoader(store);

        var failed = loader.LoadAsync(7);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed.GetResultAsync());
        store.Unavailable = false;
        var retried = await loader.LoadAsync(7).GetResultAsync();

        Assert.Equal("child-7", retried?.Name);
        Assert.Equal([[7], [7]], store.ChildBatches.Select(batch => batch.ToArray()));
    }

    [Fact]
    public async Task A_failed_batch_does_not_fail_keys_of_a_later_batch()
    {
        var store = new FamilyStore { Unavailable = true };
        var loader = new ChildLoader(store);

        var failed = loader.LoadAsync(1);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed.GetResultAsync());
        store.Unavailable = false;
        var later = await loader.LoadAsync(2).GetResultAsync();

        Assert.Equal("child-2", later?.Name);
    }

    [Fact]
    public async Task A_canceled_request_cancels_its_pending_keys_without_caching_them()
    {
        var store = new FamilyStore();
        var loader = new ChildLoader(store);
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();

        var pending = loader.LoadAsync(3);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending.GetResultAsync(canceled.Token));
        var retried = await loader.LoadAsync(3).GetResultAsync();

        Assert.Equal("child-3", retried?.Name);
        Assert.Equal([[3]], store.ChildBatches.Select(batch => batch.ToArray()));
    }
}
