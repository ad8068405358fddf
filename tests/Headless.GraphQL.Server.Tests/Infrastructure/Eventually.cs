namespace Headless.GraphQL.Server.Tests.Infrastructure;

/// <summary>Waits for a condition the server reaches on its own; the limit only stops a hung test.</summary>
public static class Eventually
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Still waiting for: {what}");
            }

            await Task.Delay(10);
        }
    }
}
