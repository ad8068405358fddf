namespace Headless.Mutations.Tests.Support;

/// <summary>Runs a refused mutation and asserts that no table gained or lost a row.</summary>
public static class Unchanged
{
    public static async Task<T> AfterAsync<T>(AccessHost host, Func<Task<T>> refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        var before = await TableCounts.ReadAsync(host);
        var result = await refused();
        Assert.Equal(before, await TableCounts.ReadAsync(host));
        return result;
    }
}
