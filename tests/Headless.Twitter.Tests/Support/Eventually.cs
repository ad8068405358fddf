namespace Headless.Twitter.Tests.Support;

/// <summary>Waits for something another thread does; the timeout only stops a broken test from hanging.</summary>
public static class Eventually
{
    private static readonly TimeSpan s_giveUpAfter = TimeSpan.FromSeconds(15);

    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        using var giveUp = new CancellationTokenSource(s_giveUpAfter);
        while (!condition())
        {
            if (giveUp.IsCancellationRequested)
            {
                throw new TimeoutException($"Gave up waiting until {what}.");
            }

            await Task.Delay(10, CancellationToken.None);
        }
    }

    public static async Task<T> ResultAsync<T>(Task<T> task, string what)
    {
        var finished = await Task.WhenAny(task, Task.Delay(s_giveUpAfter));
        return finished == task ? await task : throw new TimeoutException($"Gave up waiting for {what}.");
    }

    public static CancellationTokenSource GiveUpToken() => new(s_giveUpAfter);
}
